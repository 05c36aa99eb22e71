using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Justering;

[TestClass]
public sealed class SigningCliTests
{
    private static string Pfx(string folder, string name, bool ecdsa, string password)
    {
        using var key = ecdsa ? (AsymmetricAlgorithm)ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        var request = key is RSA rsa
            ? new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest($"CN={name}", (ECDsa)key, HashAlgorithmName.SHA256);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, name.Replace(' ', '-') + ".pfx");
        File.WriteAllBytes(path, cert.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    [TestMethod]
    public void TwoSignersInSequenceBothVerifyAndATamperedFileFails()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build("docx").ExitCode);
        var protocol = Path.Combine(ex.MeetingOut, "protokoll.docx");
        var variable = "BOARDDOCS_TEST_PFX_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "hemligt");
        try
        {
            var chair = CliRunner.Run("signera", protocol, "--certifikat", Pfx(ex.Root, "Bertil Almgren", false, "hemligt"),
                "--lösenord-env", variable, "--namn", "Bertil Almgren", "--roll", "ordförande");
            Assert.AreEqual(0, chair.ExitCode, chair.All);
            var adjuster = CliRunner.Run("signera", protocol, "--certifikat", Pfx(ex.Root, "Carolina Marklund", true, "hemligt"),
                "--lösenord-env", variable, "--namn", "Carolina Marklund", "--roll", "justerare");
            Assert.AreEqual(0, adjuster.ExitCode, adjuster.All);

            var verify = CliRunner.Run("verifiera", protocol);
            Assert.AreEqual(0, verify.ExitCode, verify.All);
            StringAssert.Contains(verify.Stdout, "1. Bertil Almgren (ordförande): giltig");
            StringAssert.Contains(verify.Stdout, "2. Carolina Marklund (justerare): giltig");
            StringAssert.Contains(verify.Stdout, "2 av 2 signaturer är giltiga");
            StringAssert.Contains(verify.Stdout, "Filen är det justerade protokollet enligt låsfilen.");

            var bytes = File.ReadAllBytes(protocol);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(protocol, bytes);
            var broken = CliRunner.Run("verifiera", protocol);
            Assert.AreEqual(1, broken.ExitCode, broken.All);
            StringAssert.Contains(broken.Stdout, "BRUTEN");
            StringAssert.Contains(broken.Stderr, "minst en signatur är bruten");
            CliRunner.AssertNoStackTrace(broken);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [TestMethod]
    public void OnlyTheLockedProtocolCanBeSigned()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build("docx").ExitCode);
        var other = Path.Combine(ex.MeetingOut, "utdrag-580.docx");
        var copy = Path.Combine(ex.MeetingOut, "kopia.docx");
        File.Copy(other, copy);
        File.Copy(Path.Combine(ex.MeetingOut, "protokoll.lock"), Path.Combine(ex.MeetingOut, "kopia.lock"));
        var result = CliRunner.Run("signera", copy, "--certifikat", Pfx(ex.Root, "Bertil Almgren", false, ""), "--namn", "Bertil Almgren");
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "protokollet signerades inte: kopia.docx stämmer inte med det justerade protokollet i låsfilen");
        Assert.IsFalse(Directory.Exists(copy + ".signaturer"), "en signatur skrevs trots felet");
    }

    [TestMethod]
    public void UnsignedProtocolDoesNotVerify()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build("docx").ExitCode);
        var result = CliRunner.Run("verifiera", Path.Combine(ex.MeetingOut, "protokoll.docx"));
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stdout, "Inga signaturer hittades");
        StringAssert.Contains(result.Stderr, "protokollet saknar signaturer");
    }

    [TestMethod]
    public void WrongPasswordGivesASwedishError()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build("docx").ExitCode);
        var result = CliRunner.Run("signera", Path.Combine(ex.MeetingOut, "protokoll.docx"),
            "--certifikat", Pfx(ex.Root, "Bertil Almgren", false, "rätt"), "--namn", "Bertil Almgren");
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "boarddocs: ");
        CliRunner.AssertNoStackTrace(result);
    }
}
