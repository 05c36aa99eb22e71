using System.Security.Cryptography.X509Certificates;
using BoardDocs.Engine.Signing;

namespace BoardDocs.Tests.Signing;

[TestClass]
public sealed class CertificateLoadingTests : SigningTestBase
{
    [TestMethod]
    [DataRow("rsa")]
    [DataRow("ecdsa")]
    public void LoadCertificate_RightPassword_CanSign(string keyType)
    {
        string pfx = WritePfx(keyType, "rätt lösenord");

        using X509Certificate2 loaded = ProtocolSigner.LoadCertificate(pfx, "rätt lösenord");
        string pdf = TestPdf.Create(Directory);
        new ProtocolSigner().Sign(pdf, loaded, "Anna Öberg", "justerare", SignedAt);

        Assert.IsTrue(loaded.HasPrivateKey);
        Assert.AreEqual("CN=Anna Öberg", loaded.Subject);
        Assert.IsTrue(new ProtocolVerifier().Verify(pdf).AllValid);
    }

    [TestMethod]
    public void LoadCertificate_WrongPassword_ThrowsInSwedish()
    {
        string pfx = WritePfx("rsa", "rätt lösenord");

        var e = Assert.ThrowsExactly<SigningException>(() => ProtocolSigner.LoadCertificate(pfx, "fel"));

        StringAssert.StartsWith(e.Message, "Certifikatfilen kunde inte öppnas – fel lösenord");
        Assert.IsNotNull(e.InnerException);
    }

    [TestMethod]
    public void LoadCertificate_NoPasswordForProtectedFile_ThrowsInSwedish()
    {
        string pfx = WritePfx("ecdsa", "rätt lösenord");

        Assert.ThrowsExactly<SigningException>(() => ProtocolSigner.LoadCertificate(pfx, null));
    }

    [TestMethod]
    public void LoadCertificate_MissingFile_ThrowsInSwedish()
    {
        string missing = Path.Combine(Directory, "finns-inte.pfx");

        var e = Assert.ThrowsExactly<SigningException>(() => ProtocolSigner.LoadCertificate(missing, "x"));

        Assert.AreEqual($"Certifikatfilen hittades inte: {missing}", e.Message);
    }

    [TestMethod]
    public void LoadCertificate_NotAPfx_ThrowsInSwedish()
    {
        string path = Path.Combine(Directory, "trasig.pfx");
        File.WriteAllText(path, "inte ett certifikat");

        Assert.ThrowsExactly<SigningException>(() => ProtocolSigner.LoadCertificate(path, "x"));
    }

    private string WritePfx(string keyType, string password)
    {
        using X509Certificate2 certificate = keyType == "rsa"
            ? TestCertificates.Rsa("Anna Öberg")
            : TestCertificates.Ecdsa("Anna Öberg");
        string path = Path.Combine(Directory, "signerare.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
