using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace BoardDocs.Engine.Signing;

/// <summary>
/// Signs a justerat protocol PDF on behalf of one person (ordförande, justerare …).
/// </summary>
/// <remarks>
/// <para>
/// Each signature is a <b>detached CMS (PKCS #7) signature stored beside the PDF</b>, in
/// <c>&lt;pdf&gt;.signaturer/&lt;n&gt;-&lt;name&gt;.p7s</c>; the PDF itself is never changed. This
/// is deliberate: several people sign the same protocol at different times, and every signature
/// must stay verifiable after the next one is added. Signatures embedded in the PDF can only do
/// that through incremental updates, which PDFsharp 6.5 does not write: its <c>Save</c>
/// rewrites the whole file, so signing an already signed PDF invalidates the earlier signature
/// (empira/PDFsharp issue #192, pull requests #48 and #386).
/// </para>
/// <para>
/// The signature covers the exact bytes of the PDF (SHA-256) and carries, as signed
/// attributes, the signing time, the signer's name and role, and the PDF's file name. The
/// signer's certificate chain is included so the file can be checked without other input,
/// e.g. with <c>openssl cms -verify -binary -inform DER -in 1-namn.p7s -content protokoll.pdf</c>.
/// PDF readers do not show these signatures; use <see cref="ProtocolVerifier"/>.
/// </para>
/// </remarks>
public sealed class ProtocolSigner
{
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    /// <summary>
    /// Signs the PDF at <paramref name="pdfPath"/> and writes the next numbered signature file
    /// beside it. The file appears atomically, so a reader never sees half a signature.
    /// </summary>
    /// <param name="pdfPath">The protocol PDF; it is read, never written.</param>
    /// <param name="certificate">The signer's certificate with an RSA or ECDSA private key.</param>
    /// <param name="signerName">The signer's name as it appears in the protocol.</param>
    /// <param name="role">The signer's role, e.g. "justerare"; null for none.</param>
    /// <param name="signingTime">The time to record; stored in UTC to whole seconds.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="SigningException">
    /// The PDF is missing, the name is empty, the certificate has no usable private key, or
    /// the PDF has been changed since an earlier signature was made (signing it would leave
    /// the signers disagreeing about what they signed).
    /// </exception>
    public SignatureRecord Sign(
        string pdfPath,
        X509Certificate2 certificate,
        string signerName,
        string? role,
        DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(pdfPath);
        ArgumentNullException.ThrowIfNull(certificate);
        if (string.IsNullOrWhiteSpace(signerName))
            throw new SigningException("Namnet på den som signerar saknas.");
        signerName = signerName.Trim();
        role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();

        EnsureUsablePrivateKey(certificate);
        byte[] pdf = ReadPdf(pdfPath);
        EnsureEarlierSignaturesStillMatch(pdfPath, pdf);

        // CMS stores the signing time to whole seconds; truncate so the record matches it.
        var utc = new DateTimeOffset(signingTime.UtcTicks - signingTime.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        byte[] signature = CreateSignature(pdf, Path.GetFileName(pdfPath), certificate, signerName, role, utc);
        (int number, string path) = WriteNextSignatureFile(pdfPath, signerName, signature);

        return new SignatureRecord(number, path, signerName, role, certificate.Subject, certificate.Thumbprint, utc);
    }

    /// <summary>
    /// Loads a certificate with its private key from a PKCS #12 file (.pfx/.p12).
    /// </summary>
    /// <param name="pfxPath">The file to load.</param>
    /// <param name="password">The file's password; null when it has none.</param>
    /// <exception cref="SigningException">The file is missing, the password is wrong, or the file is damaged.</exception>
    public static X509Certificate2 LoadCertificate(string pfxPath, string? password)
    {
        ArgumentNullException.ThrowIfNull(pfxPath);
        if (!File.Exists(pfxPath))
            throw new SigningException($"Certifikatfilen hittades inte: {pfxPath}");

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password);
        }
        catch (CryptographicException e)
        {
            // .NET does not tell a wrong password from a damaged file reliably across platforms.
            throw new SigningException(
                $"Certifikatfilen kunde inte öppnas – fel lösenord eller skadad fil: {pfxPath}", e);
        }
    }

    private static void EnsureUsablePrivateKey(X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey)
        {
            throw new SigningException(
                $"Certifikatet saknar privat nyckel och kan inte användas för att signera: {certificate.Subject}");
        }

        using RSA? rsa = certificate.GetRSAPrivateKey();
        using ECDsa? ecdsa = rsa is null ? certificate.GetECDsaPrivateKey() : null;
        if (rsa is null && ecdsa is null)
        {
            throw new SigningException(
                $"Certifikatets nyckeltyp stöds inte; använd ett certifikat med RSA- eller ECDSA-nyckel: {certificate.Subject}");
        }
    }

    private static byte[] ReadPdf(string pdfPath)
    {
        try
        {
            return File.ReadAllBytes(pdfPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SigningException($"Protokollfilen hittades inte: {pdfPath}", e);
        }
    }

    private static void EnsureEarlierSignaturesStillMatch(string pdfPath, byte[] pdf)
    {
        List<string> broken = SignatureFiles.List(pdfPath)
            // A damaged signature file says nothing about the PDF; the verifier reports it.
            .Where(f => ProtocolVerifier.MatchesPdf(f.Path, pdf) == false)
            .Select(f => Path.GetFileName(f.Path))
            .ToList();
        if (broken.Count > 0)
        {
            throw new SigningException(
                "Protokollet har ändrats efter att det signerades, så de tidigare signaturerna gäller inte längre ("
                + string.Join(", ", broken)
                + "). Återställ den signerade filen eller ta bort de gamla signaturerna innan du signerar.");
        }
    }

    private static byte[] CreateSignature(
        byte[] pdf,
        string pdfFileName,
        X509Certificate2 certificate,
        string signerName,
        string? role,
        DateTimeOffset signingTime)
    {
        var cms = new SignedCms(new ContentInfo(pdf), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid(Sha256Oid),
            IncludeOption = X509IncludeOption.WholeChain,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        signer.SignedAttributes.Add(new SignerStatement(signerName, role).ToAttribute());
        signer.SignedAttributes.Add(new Pkcs9DocumentName(pdfFileName));

        try
        {
            cms.ComputeSignature(signer);
        }
        catch (CryptographicException e)
        {
            throw new SigningException($"Signeringen misslyckades: {e.Message}", e);
        }

        return cms.Encode();
    }

    private static (int Number, string Path) WriteNextSignatureFile(string pdfPath, string signerName, byte[] signature)
    {
        string directory = SignatureFiles.DirectoryFor(pdfPath);
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, signature);
            // Another signer may take the same number between listing and moving; the move then
            // fails without overwriting and we try the next number.
            for (int attempt = 0; ; attempt++)
            {
                int number = SignatureFiles.NextNumber(pdfPath);
                string path = Path.Combine(directory, SignatureFiles.FileName(number, signerName));
                try
                {
                    File.Move(temp, path, overwrite: false);
                    return (number, path);
                }
                catch (IOException) when (File.Exists(path) && attempt < 100)
                {
                }
            }
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
