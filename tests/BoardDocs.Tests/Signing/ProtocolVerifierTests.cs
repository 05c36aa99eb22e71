using System.Security.Cryptography.X509Certificates;
using BoardDocs.Engine.Signing;

namespace BoardDocs.Tests.Signing;

[TestClass]
public sealed class ProtocolVerifierTests : SigningTestBase
{
    [TestMethod]
    [DataRow("rsa")]
    [DataRow("ecdsa")]
    public void Verify_FreshSignature_IsValid(string keyType)
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = keyType == "rsa"
            ? TestCertificates.Rsa("Anna Öberg")
            : TestCertificates.Ecdsa("Anna Öberg");
        SignatureRecord record = new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", "justerare", SignedAt);

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.IsTrue(report.AllValid, report.Summary);
        Assert.AreEqual("1 av 1 signatur är giltig", report.Summary);
        SignatureVerification only = report.Signatures.Single();
        Assert.AreEqual(1, only.Number);
        Assert.AreEqual(record.SignaturePath, only.SignaturePath);
        Assert.AreEqual("Anna Öberg", only.SignerName);
        Assert.AreEqual("justerare", only.Role);
        Assert.AreEqual("CN=Anna Öberg", only.CertificateSubject);
        Assert.AreEqual(record.SigningTime, only.SigningTime);
        Assert.IsTrue(only.IsValid);
        Assert.IsNull(only.Problem);
    }

    [TestMethod]
    public void Verify_SelfSignedCertificate_IsValidButNotTrusted()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Rsa("Anna Öberg");
        new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", null, SignedAt);

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.IsTrue(report.AllValid);
        Assert.IsFalse(report.Signatures.Single().IsChainTrusted);
        Assert.IsFalse(report.AllChainsTrusted);
    }

    [TestMethod]
    [DataRow(0)]    // the %PDF header
    [DataRow(null)] // somewhere in the middle
    [DataRow(-1)]   // the last byte
    public void Verify_PdfWithOneFlippedByte_IsBroken(int? position)
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Anna Öberg");
        new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", "justerare", SignedAt);
        FlipOneByte(pdf, position == -1 ? (int)new FileInfo(pdf).Length - 1 : position);

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.IsFalse(report.AllValid);
        Assert.AreEqual("0 av 1 signatur är giltig", report.Summary);
        SignatureVerification broken = report.Signatures.Single();
        Assert.IsFalse(broken.IsValid);
        Assert.AreEqual("Anna Öberg", broken.SignerName, "who signed is still shown");
        StringAssert.StartsWith(broken.Problem, "Signaturen stämmer inte med PDF-filen");
    }

    [TestMethod]
    public void Verify_PdfWithAnAppendedByte_IsBroken()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Rsa("Anna Öberg");
        new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", null, SignedAt);
        File.AppendAllText(pdf, "\n");

        Assert.IsFalse(new ProtocolVerifier().Verify(pdf).AllValid);
    }

    [TestMethod]
    public void Verify_TwoSignersInSequence_BothStayValid()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 rsa = TestCertificates.Rsa("Anna Öberg");
        using X509Certificate2 ecdsa = TestCertificates.Ecdsa("Bo Ek");
        var signer = new ProtocolSigner();
        var verifier = new ProtocolVerifier();

        signer.Sign(pdf, rsa, "Anna Öberg", "ordförande", SignedAt);
        Assert.IsTrue(verifier.Verify(pdf).AllValid);
        signer.Sign(pdf, ecdsa, "Bo Ek", "justerare", SignedAt.AddDays(2));
        VerificationReport report = verifier.Verify(pdf);

        Assert.IsTrue(report.AllValid, report.Summary);
        Assert.AreEqual("2 av 2 signaturer är giltiga", report.Summary);
        Assert.AreEqual(
            "1 Anna Öberg ordförande CN=Anna Öberg|2 Bo Ek justerare CN=Bo Ek",
            string.Join("|", report.Signatures.Select(s => $"{s.Number} {s.SignerName} {s.Role} {s.CertificateSubject}")));
        Assert.AreEqual(SignedAt.AddDays(2), report.Signatures[1].SigningTime);
    }

    [TestMethod]
    public void Verify_TwoSignersThenPdfChanged_BothBroken()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 rsa = TestCertificates.Rsa("Anna Öberg");
        using X509Certificate2 ecdsa = TestCertificates.Ecdsa("Bo Ek");
        var signer = new ProtocolSigner();
        signer.Sign(pdf, rsa, "Anna Öberg", "ordförande", SignedAt);
        signer.Sign(pdf, ecdsa, "Bo Ek", "justerare", SignedAt);
        FlipOneByte(pdf);

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.AreEqual(2, report.Signatures.Count(s => !s.IsValid));
        Assert.AreEqual("0 av 2 signaturer är giltiga", report.Summary);
    }

    [TestMethod]
    public void Verify_SignatureFromAnotherPdf_IsBroken()
    {
        string pdf = TestPdf.Create(Directory);
        string other = TestPdf.Create(Directory, "annat.pdf");
        File.AppendAllText(other, "% annat innehåll\n");
        using X509Certificate2 certificate = TestCertificates.Ecdsa("Bo Ek");
        SignatureRecord record = new ProtocolSigner().Sign(other, certificate, "Bo Ek", null, SignedAt);
        System.IO.Directory.CreateDirectory(pdf + ".signaturer");
        File.Copy(record.SignaturePath, Path.Combine(pdf + ".signaturer", "1-bo-ek.p7s"));

        Assert.IsFalse(new ProtocolVerifier().Verify(pdf).AllValid);
    }

    [TestMethod]
    public void Verify_Unsigned_ReportsNoSignatures()
    {
        string pdf = TestPdf.Create(Directory);

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.IsFalse(report.HasSignatures);
        Assert.IsFalse(report.AllValid, "an unsigned protocol is not validly signed");
        Assert.AreEqual("Inga signaturer hittades", report.Summary);
        Assert.AreEqual(VerificationReport.NoSignaturesText, report.Summary);
    }

    [TestMethod]
    public void Verify_EmptySignatureFolder_ReportsNoSignatures()
    {
        string pdf = TestPdf.Create(Directory);
        System.IO.Directory.CreateDirectory(pdf + ".signaturer");

        Assert.AreEqual("Inga signaturer hittades", new ProtocolVerifier().Verify(pdf).Summary);
    }

    [TestMethod]
    public void Verify_DamagedSignatureFile_IsReportedNotThrown()
    {
        string pdf = TestPdf.Create(Directory);
        using X509Certificate2 certificate = TestCertificates.Rsa("Anna Öberg");
        new ProtocolSigner().Sign(pdf, certificate, "Anna Öberg", null, SignedAt);
        File.WriteAllText(Path.Combine(pdf + ".signaturer", "2-trasig.p7s"), "inte en signatur");

        VerificationReport report = new ProtocolVerifier().Verify(pdf);

        Assert.HasCount(2, report.Signatures);
        Assert.IsTrue(report.Signatures[0].IsValid);
        SignatureVerification damaged = report.Signatures[1];
        Assert.IsFalse(damaged.IsValid);
        Assert.AreEqual(2, damaged.Number);
        Assert.AreEqual("2-trasig", damaged.SignerName);
        StringAssert.StartsWith(damaged.Problem, "Signaturfilen kunde inte läsas");
        Assert.AreEqual("1 av 2 signaturer är giltiga", report.Summary);
    }

    [TestMethod]
    public void Verify_MissingPdf_ThrowsInSwedish()
    {
        var e = Assert.ThrowsExactly<SigningException>(
            () => new ProtocolVerifier().Verify(Path.Combine(Directory, "finns-inte.pdf")));

        StringAssert.StartsWith(e.Message, "Protokollfilen hittades inte");
    }
}
