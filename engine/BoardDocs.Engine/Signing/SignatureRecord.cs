namespace BoardDocs.Engine.Signing;

/// <summary>A signature that <see cref="ProtocolSigner"/> has just written.</summary>
/// <param name="Number">Order among the protocol's signatures, starting at 1.</param>
/// <param name="SignaturePath">The detached CMS signature file (<c>.p7s</c>).</param>
/// <param name="SignerName">Name of the person who signed, as given when signing.</param>
/// <param name="Role">Role, e.g. "ordförande" or "justerare"; null when not given.</param>
/// <param name="CertificateSubject">Subject of the signing certificate.</param>
/// <param name="CertificateThumbprint">SHA-1 thumbprint of the signing certificate (hex).</param>
/// <param name="SigningTime">
/// The signing time stored in the signature, in UTC and truncated to whole seconds as CMS
/// stores it.
/// </param>
public sealed record SignatureRecord(
    int Number,
    string SignaturePath,
    string SignerName,
    string? Role,
    string CertificateSubject,
    string CertificateThumbprint,
    DateTimeOffset SigningTime);
