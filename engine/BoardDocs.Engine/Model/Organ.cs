using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A board (nämnd, styrelse, förbund): the content of organ.yaml.</summary>
public sealed class Organ
{
    /// <summary>Folder name, used as id in output paths.</summary>
    public required string Id { get; init; }
    /// <summary>Absolute path of the organ folder.</summary>
    public required string Folder { get; init; }
    /// <summary>Position of organ.yaml.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>Full name, used in headers.</summary>
    public required string Name { get; init; }
    /// <summary>Short name: subject of "… föreslås besluta" / "… beslutar".</summary>
    public required string ShortName { get; init; }
    /// <summary>löpande or per_år.</summary>
    public ParagraphNumberingRule Numbering { get; init; }
    /// <summary>Where justering is announced.</summary>
    public string? Anslagstavla { get; init; }
    /// <summary>Where the protocol is kept.</summary>
    public string? Forvaringsplats { get; init; }
    /// <summary>Default secretary.</summary>
    public Located<string>? Secretary { get; init; }
    /// <summary>Who signs the bevis om anslag (optional key <c>anslag_underskrift</c>).</summary>
    public string? AnslagSignatory { get; init; }
    /// <summary>The organisation's fonts (optional key <c>typsnitt</c>), or null for the defaults.</summary>
    public OrganFonts? Fonts { get; init; }
    /// <summary>Members and substitutes.</summary>
    public List<Member> Members { get; init; } = new();

    /// <summary>The member with this exact name, or null.</summary>
    public Member? FindMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <summary>The member with a role, or null.</summary>
    public Member? FindByRole(Role role) => Members.FirstOrDefault(m => m.Role == role);
}
