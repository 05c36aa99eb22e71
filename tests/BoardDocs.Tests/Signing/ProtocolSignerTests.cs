using System.Security.Cryptography.X509Certificates;
using BoardDocs.Engine.Signing;

namespace BoardDocs.Tests.Signing;

[TestClass]
public sealed class ProtocolSignerTests : SigningTestBase
{
    [TestMethod]
    [DataRow("rsa")]
    [DataRow("ecdsa")]
    public void Sign_WritesANumberedSignatureBesideThePdf(string keyType)
    {
        string pdf = TestPdf.Create(Directory);
        byte[] before = File.ReadAllBytes(pdf);
        using X509Certificate2 certificate = keyType == "rsa"
            ? TestCertificates.Rsa("Anna Öberg")
            : TestCertificates.Ecdsa("Anna Öberg");

        SignatureRecord record = new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", "ordförande", SignedAt);

        Assert.AreEqual(1, record.Number);
        Assert.AreEqual(Path.Combine(Directory, "protokoll.pdf.signaturer", "1-anna-oberg.p7s"), record.SignaturePath);
        Assert.IsTrue(File.Exists(record.SignaturePath));
        Assert.AreEqual("Anna Öberg", record.SignerName);
        Assert.AreEqual("ordförande", record.Role);
        Assert.AreEqual("CN=Anna Öberg", record.CertificateSubject);
        Assert.AreEqual(certificate.Thumbprint, record.CertificateThumbprint);
        Assert.AreEqual(new DateTimeOffset(2025, 3, 7, 13, 30, 15, TimeSpan.Zero), record.SigningTime);
        CollectionAssert.AreEqual(before, File.ReadAllBytes(pdf), "the PDF itself must not change");
    }

    [TestMethod]
    public void Sign_TruncatesTheSigningTimeToWholeSeconds()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");
        var time = new DateTimeOffset(2025, 3, 7, 13, 30, 15, 678, TimeSpan.Zero);

        SignatureRecord record = new ProtocolSigner().Sign(pdf, certificate, "Bo Ek", null, time);

        Assert.AreEqual(new DateTimeOffset(2025, 3, 7, 13, 30, 15, TimeSpan.Zero), record.SigningTime);
        Assert.IsNull(record.Role);
    }

    [TestMethod]
    public void Sign_NumbersLaterSignaturesInOrder()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 first = TestCertificates.Rsa("Anna Öberg");
        using X509Certificate2 second = TestCertificates.Ecdsa("Åsa Lind-Ström");
        var signer = new ProtocolSigner();

        SignatureRecord one = signer.Sign(pdf, first, "Anna Öberg", "ordförande", SignedAt);
        SignatureRecord two = signer.Sign(pdf, second, "  Åsa Lind-Ström ", "justerare", SignedAt.AddDays(1));

        Assert.AreEqual(1, one.Number);
        Assert.AreEqual(2, two.Number);
        Assert.AreEqual("2-asa-lind-strom.p7s", Path.GetFileName(two.SignaturePath));
        Assert.AreEqual("Åsa Lind-Ström", two.SignerName);
    }

    [TestMethod]
    public void Sign_SameSignerTwice_GetsTwoFiles()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Rsa("Anna Öberg");
        var signer = new ProtocolSigner();

        signer.Sign(pdf, certificate, "Anna Öberg", null, SignedAt);
        SignatureRecord again = signer.Sign(pdf, certificate, "Anna Öberg", null, SignedAt);

        Assert.AreEqual("2-anna-oberg.p7s", Path.GetFileName(again.SignaturePath));
    }

    [TestMethod]
    public void Sign_NameWithoutLetters_UsesAFallbackFileName()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Ecdsa("X");

        SignatureRecord record = new ProtocolSigner().Sign(pdf, certificate, "???", null, SignedAt);

        Assert.AreEqual("1-signatur.p7s", Path.GetFileName(record.SignaturePath));
    }

    [TestMethod]
    public void Sign_LeavesNoTemporaryFiles()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");

        new ProtocolSigner().Sign(pdf, certificate, "Bo Ek", null, SignedAt);

        CollectionAssert.AreEqual(
            new[] { "1-bo-ek.p7s" },
            System.IO.Directory.GetFiles(pdf + ".signaturer").Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void Sign_CertificateWithoutPrivateKey_ThrowsInSwedish()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 withKey = TestCertificates.Rsa("Anna Öberg");
        using X509Certificate2 publicOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);

        var e = Assert.ThrowsExactly<SigningException>(
            () => new ProtocolSigner().Sign(pdf, publicOnly, "Anna Öberg", "justerare", SignedAt));

        StringAssert.StartsWith(e.Message, "Certifikatet saknar privat nyckel");
        Assert.IsFalse(System.IO.Directory.Exists(pdf + ".signaturer"), "nothing may be written");
    }

    [TestMethod]
    public void Sign_MissingPdf_ThrowsInSwedish()
    {
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");
        string missing = Path.Combine(Directory, "finns-inte.pdf");

        var e = Assert.ThrowsExactly<SigningException>(
            () => new ProtocolSigner().Sign(missing, certificate, "Bo Ek", null, SignedAt));

        StringAssert.StartsWith(e.Message, "Protokollfilen hittades inte");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    public void Sign_EmptyName_ThrowsInSwedish(string name)
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");

        var e = Assert.ThrowsExactly<SigningException>(
            () => new ProtocolSigner().Sign(pdf, certificate, name, null, SignedAt));

        Assert.AreEqual("Namnet på den som signerar saknas.", e.Message);
    }

    [TestMethod]
    public void Sign_PdfChangedAfterAnEarlierSignature_Refuses()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 first = TestCertificates.Rsa("Anna Öberg");
        using X509Certificate2 second = TestCertificates.Ecdsa("Bo Ek");
        var signer = new ProtocolSigner();
        signer.Sign(pdf, first, "Anna Öberg", "ordförande", SignedAt);
        FlipOneByte(pdf);

        var e = Assert.ThrowsExactly<SigningException>(
            () => signer.Sign(pdf, second, "Bo Ek", "justerare", SignedAt));

        StringAssert.Contains(e.Message, "Protokollet har ändrats");
        StringAssert.Contains(e.Message, "1-anna-oberg.p7s");
        Assert.HasCount(1, System.IO.Directory.GetFiles(pdf + ".signaturer"));
    }

    [TestMethod]
    public void Sign_BesideADamagedSignatureFile_StillSigns()
    {
        string pdf = TestPdf.Create(Directory);
        System.IO.Directory.CreateDirectory(pdf + ".signaturer");
        File.WriteAllText(Path.Combine(pdf + ".signaturer", "1-trasig.p7s"), "inte en signatur");
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");

        SignatureRecord record = new ProtocolSigner().Sign(pdf, certificate, "Bo Ek", "justerare", SignedAt);

        Assert.AreEqual("2-bo-ek.p7s", Path.GetFileName(record.SignaturePath));
    }
}
