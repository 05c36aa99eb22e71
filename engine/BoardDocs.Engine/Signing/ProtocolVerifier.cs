using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace BoardDocs.Engine.Signing;

/// <summary>
/// Checks the detached signatures that <see cref="ProtocolSigner"/> wrote beside a protocol PDF.
/// </summary>
/// <remarks>
/// A signature is valid when it is intact and was made over exactly the current bytes of the
/// PDF; any change to the PDF breaks every signature. Whether the certificate is trusted is
/// reported separately, so self-signed certificates still give valid signatures.
/// </remarks>
public sealed class ProtocolVerifier
{
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";

    /// <summary>Checks every signature file beside <paramref name="pdfPath"/>.</summary>
    /// <param name="pdfPath">The protocol PDF.</param>
    /// <returns>One entry per signature file; none when the protocol is unsigned.</returns>
    /// <exception cref="SigningException">The PDF does not exist.</exception>
    public VerificationReport Verify(string pdfPath)
    {
        ArgumentNullException.ThrowIfNull(pdfPath);
        byte[] pdf;
        try
        {
            pdf = File.ReadAllBytes(pdfPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SigningException($"Protokollfilen hittades inte: {pdfPath}", e);
        }

        List<SignatureVerification> results = SignatureFiles.List(pdfPath)
            .Select(f => VerifyOne(f.Number, f.Path, pdf))
            .ToList();
        return new VerificationReport(pdfPath, results);
    }

    /// <summary>
    /// True when the signature file covers exactly <paramref name="pdf"/>, false when it was made
    /// over other bytes, null when the file cannot be read as a signature at all.
    /// </summary>
    internal static bool? MatchesPdf(string signaturePath, byte[] pdf)
    {
        SignedCms cms;
        try
        {
            cms = Decode(signaturePath, pdf);
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            return null;
        }

        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static SignatureVerification VerifyOne(int number, string path, byte[] pdf)
    {
        SignedCms cms;
        try
        {
            cms = Decode(path, pdf);
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            return new SignatureVerification(
                number, path, Path.GetFileNameWithoutExtension(path), null, null, null,
                IsValid: false, IsChainTrusted: false,
                Problem: "Signaturfilen kunde inte läsas; den är skadad eller inte en signatur.");
        }

        if (cms.SignerInfos.Count == 0)
        {
            return new SignatureVerification(
                number, path, Path.GetFileNameWithoutExtension(path), null, null, null,
                IsValid: false, IsChainTrusted: false, Problem: "Signaturfilen innehåller ingen signatur.");
        }

        SignerInfo signer = cms.SignerInfos[0];
        X509Certificate2? certificate = signer.Certificate;
        SignerStatement? statement = SignerStatement.From(signer);
        DateTimeOffset? signingTime = SigningTimeOf(signer);
        string name = statement?.Signer
            ?? certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false)
            ?? Path.GetFileNameWithoutExtension(path);

        string? problem = null;
        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            problem = "Signaturen stämmer inte med PDF-filen; filen har ändrats efter signeringen eller signaturen är skadad.";
        }

        bool trusted = certificate is not null && IsChainTrusted(certificate, cms.Certificates, signingTime);
        return new SignatureVerification(
            number, path, name, statement?.Role, certificate?.Subject, signingTime,
            IsValid: problem is null, IsChainTrusted: trusted, Problem: problem);
    }

    private static SignedCms Decode(string signaturePath, byte[] pdf)
    {
        var cms = new SignedCms(new ContentInfo(pdf), detached: true);
        cms.Decode(File.ReadAllBytes(signaturePath));
        return cms;
    }

    private static DateTimeOffset? SigningTimeOf(SignerInfo signer)
    {
        foreach (CryptographicAttributeObject attribute in signer.SignedAttributes)
        {
            if (attribute.Oid.Value != SigningTimeOid || attribute.Values.Count == 0) continue;
            try
            {
                DateTime time = new Pkcs9SigningTime(attribute.Values[0].RawData).SigningTime;
                return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
            }
            catch (CryptographicException)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsChainTrusted(
        X509Certificate2 certificate,
        X509Certificate2Collection included,
        DateTimeOffset? signingTime)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.AddRange(included);
        // Offline and repeatable: no revocation lookups. Judged at the signing time, because
        // a certificate expiring after the protocol was signed does not undo the signature.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (signingTime ?? DateTimeOffset.UtcNow).UtcDateTime;
        try
        {
            return chain.Build(certificate);
        }
        catch (CryptographicException)
        {
            return false;
        }
        finally
        {
            foreach (X509ChainElement element in chain.ChainElements) element.Certificate.Dispose();
        }
    }
}
