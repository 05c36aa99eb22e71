namespace BoardDocs.Engine.Signing;

/// <summary>The result of checking every signature beside a protocol PDF.</summary>
/// <param name="PdfPath">The protocol PDF that was checked.</param>
/// <param name="Signatures">One entry per signature file, in signing order.</param>
public sealed record VerificationReport(string PdfPath, IReadOnlyList<SignatureVerification> Signatures)
{
    /// <summary>The text shown when the protocol has no signatures.</summary>
    public const string NoSignaturesText = "Inga signaturer hittades";

    /// <summary>True when at least one signature file was found.</summary>
    public bool HasSignatures => Signatures.Count > 0;

    /// <summary>
    /// True when there is at least one signature and every one is valid. An unsigned protocol
    /// is deliberately not "all valid", so a caller cannot mistake it for a signed one.
    /// </summary>
    public bool AllValid => HasSignatures && Signatures.All(s => s.IsValid);

    /// <summary>True when there is at least one signature and every certificate chain is trusted.</summary>
    public bool AllChainsTrusted => HasSignatures && Signatures.All(s => s.IsChainTrusted);

    /// <summary>A one-line Swedish summary, e.g. "2 av 2 signaturer är giltiga".</summary>
    public string Summary
    {
        get
        {
            if (!HasSignatures) return NoSignaturesText;
            int valid = Signatures.Count(s => s.IsValid);
            return Signatures.Count == 1
                ? $"{valid} av 1 signatur är giltig"
                : $"{valid} av {Signatures.Count} signaturer är giltiga";
        }
    }
}
