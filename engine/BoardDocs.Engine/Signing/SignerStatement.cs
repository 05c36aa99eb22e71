using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;

namespace BoardDocs.Engine.Signing;

/// <summary>
/// Who signed and in which role, carried inside the signature as a signed
/// <see cref="Pkcs9DocumentDescription"/> attribute holding a small JSON object. Being a
/// signed attribute, it cannot be altered without breaking the signature. .NET stores the
/// text as null-terminated UTF-16LE in an OCTET STRING, which other tools show as raw bytes.
/// </summary>
internal sealed record SignerStatement(string Signer, string? Role)
{
    // Microsoft's OID for the PKCS #9 document description attribute, as used by .NET.
    private const string DocumentDescriptionOid = "1.3.6.1.4.1.311.88.2.2";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public Pkcs9DocumentDescription ToAttribute() =>
        new(JsonSerializer.Serialize(this, JsonOptions));

    /// <summary>The statement in <paramref name="signer"/>'s signed attributes; null when absent or unreadable.</summary>
    public static SignerStatement? From(SignerInfo signer)
    {
        foreach (CryptographicAttributeObject attribute in signer.SignedAttributes)
        {
            if (attribute.Oid.Value != DocumentDescriptionOid) continue;
            foreach (AsnEncodedData value in attribute.Values)
            {
                try
                {
                    string json = new Pkcs9DocumentDescription(value.RawData).DocumentDescription;
                    var statement = JsonSerializer.Deserialize<SignerStatement>(json, JsonOptions);
                    if (!string.IsNullOrWhiteSpace(statement?.Signer)) return statement;
                }
                catch (Exception e) when (e is JsonException or CryptographicException)
                {
                    // A description written by another tool is not ours to interpret.
                }
            }
        }

        return null;
    }
}
