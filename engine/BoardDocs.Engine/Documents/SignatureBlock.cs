namespace BoardDocs.Engine.Documents;

/// <summary>
/// Signature lines: for each person a dotted line to sign on, the name and the role under it,
/// laid out two per row. Never split across pages.
/// </summary>
public sealed class SignatureBlock : Block
{
    /// <summary>Creates a signature block.</summary>
    public SignatureBlock(string? label, IEnumerable<Signature> signatures)
    {
        Label = label;
        Signatures = signatures.ToList();
        KeepTogether = true;
    }

    /// <summary>Label at the left, e.g. "Underskrifter"; null for none.</summary>
    public string? Label { get; }

    /// <summary>The signatories in order.</summary>
    public List<Signature> Signatures { get; }
}

/// <summary>One signatory.</summary>
/// <param name="Name">Printed name (under the line).</param>
/// <param name="Role">Role, e.g. "ordförande", "sekreterare", "justerare".</param>
public sealed record Signature(string Name, string Role);
