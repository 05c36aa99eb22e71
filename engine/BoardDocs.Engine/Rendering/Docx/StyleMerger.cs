using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Merges a reference document's styles with ours. The reference wins: a style it has (matched by
/// id, or by name, since older Swedish Word saves "heading 1" under the id "Rubrik1") is used as it
/// is, and our content is pointed at it; styles it lacks (Paragraf, Att-sats, …) are added from ours.
/// </summary>
internal static class StyleMerger
{
    /// <summary>The merged styles and the renaming of our style ids to the reference's.</summary>
    public static (Styles Styles, IReadOnlyDictionary<string, string> Renames) Merge(Styles reference, Styles ours)
    {
        var merged = (Styles)reference.CloneNode(true);
        var theirs = merged.Elements<Style>().ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);

        if (merged.DocDefaults is null && ours.DocDefaults is not null)
        {
            merged.PrependChild((DocDefaults)ours.DocDefaults.CloneNode(true));
        }

        foreach (var style in ours.Elements<Style>())
        {
            var id = style.StyleId?.Value ?? "";
            var name = style.StyleName?.Val?.Value;
            var sameId = theirs.FirstOrDefault(t => string.Equals(t.StyleId?.Value, id, StringComparison.OrdinalIgnoreCase));
            if (sameId is not null && sameId.Type?.Value == style.Type?.Value)
            {
                Rename(renames, id, sameId.StyleId!.Value!);
                continue;
            }
            var sameName = theirs.FirstOrDefault(t => t.Type?.Value == style.Type?.Value
                && string.Equals(t.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase));
            if (sameName?.StyleId?.Value is { } theirId)
            {
                Rename(renames, id, theirId);
                continue;
            }

            var copy = (Style)style.CloneNode(true);
            if (sameId is not null)
            {
                // Same id but another kind of style: ours needs an id of its own.
                var fresh = id + "Bd";
                copy.StyleId = fresh;
                Rename(renames, id, fresh);
            }
            if (copy.Default?.Value == true && theirs.Any(t => t.Default?.Value == true && t.Type?.Value == copy.Type?.Value))
            {
                copy.Default = null;
            }
            merged.Append(copy);
        }

        // Our added styles may be based on ours that were replaced by theirs.
        foreach (var link in merged.Descendants<String253Type>().Where(e => e is BasedOn or NextParagraphStyle or LinkedStyle))
        {
            if (link.Val?.Value is { } val && renames.TryGetValue(val, out var renamed))
            {
                link.Val = renamed;
            }
        }
        return (merged, renames);
    }

    /// <summary>Points paragraph, run and table style references at the reference's ids.</summary>
    public static void Apply(OpenXmlElement root, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return;
        }
        foreach (var paragraphStyle in root.Descendants<ParagraphStyleId>())
        {
            if (paragraphStyle.Val?.Value is { } val && renames.TryGetValue(val, out var renamed))
            {
                paragraphStyle.Val = renamed;
            }
        }
        foreach (var reference in root.Descendants<String253Type>().Where(e => e is RunStyle or TableStyle))
        {
            if (reference.Val?.Value is { } val && renames.TryGetValue(val, out var renamed))
            {
                reference.Val = renamed;
            }
        }
    }

    private static void Rename(Dictionary<string, string> renames, string ours, string theirs)
    {
        if (!string.Equals(ours, theirs, StringComparison.Ordinal))
        {
            renames[ours] = theirs;
        }
    }
}
