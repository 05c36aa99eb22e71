using BoardDocs.Engine.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BoardDocs.Engine.Content;

/// <summary>Parses a YAML file into nodes that keep their line and column.</summary>
internal static class YamlFile
{
    /// <summary>The root node, or null after reporting a syntax error or an empty file.</summary>
    public static YamlNode? Parse(string path, string displayPath, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            diagnostics.Error(SourceSpan.ForFile(displayPath), $"filen kunde inte läsas: {e.Message}");
            return null;
        }
        return ParseText(text, displayPath, diagnostics);
    }

    /// <summary>Parses YAML text; see <see cref="Parse"/>.</summary>
    public static YamlNode? ParseText(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var (line, column) = Position(e, text, parser);
            diagnostics.Error(new SourceSpan(displayPath, line, column), $"ogiltig YAML: {TranslateYamlError(e, parser)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) for some unclosed [ … ] and { … }.
            if (parser.OpenFlow() is { } open)
                diagnostics.Error(new SourceSpan(displayPath, (int)open.Start.Line, (int)open.Start.Column), $"ogiltig YAML: {Unclosed(open)}");
            else
                diagnostics.Error(new SourceSpan(displayPath, (int)(parser.Current?.End.Line ?? 1), (int)(parser.Current?.End.Column ?? 1)),
                    "ogiltig YAML: syntaxfel efter den här platsen");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(SourceSpan.ForFile(displayPath), "filen är tom");
            return null;
        }
        if (stream.Documents.Count > 1)
            diagnostics.Error(new SourceSpan(displayPath, (int)stream.Documents[1].RootNode.Start.Line, 1),
                "filen får bara innehålla ett YAML-dokument (ta bort '---')");
        return stream.Documents[0].RootNode;
    }

    private static bool IsTabError(YamlException e) => e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnclosedFlow(YamlException e) =>
        e.Message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) ||
        e.Message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase);

    // Where the user should look: the tab itself (YamlDotNet points at the start of the scalar or
    // mapping), the opening bracket of an unclosed [ … ] or { … }, else YamlDotNet's position.
    private static (int Line, int Column) Position(YamlException e, string text, TrackingParser parser)
    {
        if (IsTabError(e) && FirstIndentationTab(text, (int)e.Start.Line) is { } tab)
            return tab;
        if (IsUnclosedFlow(e) && parser.OpenFlow() is { } open)
            return ((int)open.Start.Line, (int)open.Start.Column);
        return ((int)e.Start.Line, (int)e.Start.Column);
    }

    private static (int Line, int Column)? FirstIndentationTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
                if (line[c] == '\t') return (i + 1, c + 1);
        }
        return null;
    }

    private static string Unclosed(ParsingEvent open) => open is SequenceStart
        ? "listan inom [ ] som börjar här avslutas inte (saknas ']'?)"
        : "avsnittet inom { } som börjar här avslutas inte (saknas '}'?)";

    // YamlDotNet's messages are English; the user gets the gist in Swedish and the original in parentheses.
    private static string TranslateYamlError(YamlException e, TrackingParser parser)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var original = e.Message;
        if (original.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return "samma nyckel förekommer två gånger i samma avsnitt";
        if (original.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) ||
            original.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
            return "ett kolon ':' står där det inte får stå (sätt texten inom citattecken)";
        if (original.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return "texten inom citattecken som börjar här avslutas inte (saknas ett avslutande citattecken?)";
        if (IsUnclosedFlow(e) && parser.OpenFlow() is { } open)
            return Unclosed(open);
        if (IsTabError(e))
            return "tabbtecken får inte användas för indrag i YAML; använd mellanslag";
        if (original.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) ||
            original.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return "felaktig indentering eller struktur (kontrollera indraget på raden och raden innan)";
        if (original.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase))
            return "ett tecken som inte får inleda ett värde (t.ex. tabb eller '@'; sätt texten inom citattecken)";
        return $"syntaxfel ({original})";
    }

    /// <summary>Remembers the collections that are open, to point at an unclosed [ or {.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private readonly List<ParsingEvent> _open = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case SequenceStart or MappingStart:
                    _open.Add(inner.Current);
                    break;
                case SequenceEnd or MappingEnd when _open.Count > 0:
                    _open.RemoveAt(_open.Count - 1);
                    break;
            }
            return moved;
        }

        /// <summary>The innermost open [ … ] or { … }, or null.</summary>
        public ParsingEvent? OpenFlow() => _open.LastOrDefault(e =>
            e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });
    }
}
