using BoardDocs.Engine.Validation;
using YamlDotNet.Core;
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
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(displayPath, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(span, $"ogiltig YAML: {TranslateYamlError(e)}");
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

    // YamlDotNet's messages are English; the user gets the gist in Swedish and the original in parentheses.
    private static string TranslateYamlError(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        var original = e.Message;
        if (original.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.OrdinalIgnoreCase))
            return "samma nyckel förekommer två gånger i samma avsnitt";
        if (original.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "ett kolon ':' står där det inte får stå (sätt texten inom citattecken)";
        if (original.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) ||
            original.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return "felaktig indentering eller struktur (kontrollera indraget på raden och raden innan)";
        if (original.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase))
            return "ett tecken som inte får inleda ett värde (t.ex. tabb eller '@'; sätt texten inom citattecken)";
        if (original.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return "tabbtecken får inte användas för indrag i YAML; använd mellanslag";
        return $"syntaxfel ({original})";
    }
}
