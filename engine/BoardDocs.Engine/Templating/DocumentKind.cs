namespace BoardDocs.Engine.Templating;

/// <summary>The documents BoardDocs makes from a meeting.</summary>
public enum DocumentKind
{
    /// <summary>Kallelse/underrättelse with the agenda and proposals.</summary>
    Kallelse,
    /// <summary>The protokoll with every §.</summary>
    Protokoll,
    /// <summary>A protokollsutdrag of one or more §§.</summary>
    Utdrag,
    /// <summary>Bevis om anslag for the (digital) anslagstavla.</summary>
    Bevis,
    /// <summary>Rättelse: corrections recorded after justering, a separate document beside the frozen protocol.</summary>
    Rattelse,
}

/// <summary>Swedish names of <see cref="DocumentKind"/> as used on the command line and in file names.</summary>
public static class DocumentKindText
{
    /// <summary>The command-line words, in order of <see cref="DocumentKind"/>.</summary>
    public static readonly IReadOnlyList<string> Words = ["kallelse", "protokoll", "utdrag", "bevis", "rattelse"];

    /// <summary>Parses a command-line word, or null.</summary>
    public static DocumentKind? Parse(string word)
    {
        var i = Words.ToList().IndexOf(word.Trim().ToLowerInvariant().Replace("rättelse", "rattelse"));
        return i < 0 ? null : (DocumentKind)i;
    }

    /// <summary>The command-line word.</summary>
    public static string Word(this DocumentKind kind) => Words[(int)kind];
}
