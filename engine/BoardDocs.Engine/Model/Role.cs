namespace BoardDocs.Engine.Model;

/// <summary>A member's role on the board.</summary>
public enum Role
{
    /// <summary>ordförande</summary>
    Ordforande,
    /// <summary>vice ordförande</summary>
    ViceOrdforande,
    /// <summary>ledamot</summary>
    Ledamot,
    /// <summary>ersättare</summary>
    Ersattare,
}

/// <summary>Swedish texts of <see cref="Role"/>.</summary>
public static class RoleText
{
    /// <summary>The YAML spellings, in order of <see cref="Role"/>.</summary>
    public static readonly IReadOnlyList<string> Keys = ["ordförande", "vice ordförande", "ledamot", "ersättare"];

    /// <summary>Parses a YAML role, or null.</summary>
    public static Role? Parse(string text)
    {
        var i = Keys.ToList().IndexOf(text.Trim().ToLowerInvariant());
        return i < 0 ? null : (Role)i;
    }

    /// <summary>The Swedish role as printed ("vice ordförande").</summary>
    public static string ToSwedish(this Role role) => Keys[(int)role];
}
