namespace BoardDocs.Engine.Signing;

/// <summary>The result of checking one signature file against the protocol PDF.</summary>
/// <param name="Number">Order among the protocol's signatures (0 when the file name has none).</param>
/// <param name="SignaturePath">The <c>.p7s</c> file that was checked.</param>
/// <param name="SignerName">
/// Name stored in the signature; falls back to the certificate's name, or the file name when
/// the file cannot be read.
/// </param>
/// <param name="Role">Role stored in the signature; null when none.</param>
/// <param name="CertificateSubject">Subject of the signing certificate; null when unreadable.</param>
/// <param name="SigningTime">Signing time stored in the signature (UTC); null when missing.</param>
/// <param name="IsValid">
/// True when the signature is intact and covers exactly the current bytes of the PDF.
/// </param>
/// <param name="IsChainTrusted">
/// True when the certificate chains to a root this machine trusts (at the signing time,
/// without revocation checks). Independent of <paramref name="IsValid"/>: a self-signed
/// certificate gives a valid but untrusted signature.
/// </param>
/// <param name="Problem">Swedish explanation when <paramref name="IsValid"/> is false.</param>
public sealed record SignatureVerification(
    int Number,
    string SignaturePath,
    string SignerName,
    string? Role,
    string? CertificateSubject,
    DateTimeOffset? SigningTime,
    bool IsValid,
    bool IsChainTrusted,
    string? Problem);
