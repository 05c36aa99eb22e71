using BoardDocs.Engine.Content;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Numbering;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Engine.Justering;

/// <summary>
/// Compares a justerat meeting with its lock. Any change of content is an error naming the
/// changed fields; the remedy is a rättelse, never an edit.
/// </summary>
public static class LockChecker
{
    /// <summary>Checks every meeting of an organ that has a lock or is justerat.</summary>
    public static void Check(OrganContent content, DiagnosticBag diagnostics)
    {
        foreach (var meeting in content.Meetings)
        {
            var lockPath = LockFile.PathFor(meeting.FilePath);
            if (!File.Exists(lockPath)) continue;
            var display = DisplayPath.For(lockPath);
            var lf = LockFile.Parse(File.ReadAllText(lockPath));
            if (lf is null)
            {
                diagnostics.Error(SourceSpan.ForFile(display), "låsfilen är skadad och kan inte läsas; återställ den från versionshanteringen");
                continue;
            }
            if (!meeting.IsAdjusted)
            {
                diagnostics.Error(meeting.Span,
                    $"protokollet justerades {lf.Adjusted} och är låst ({Path.GetFileName(lockPath)}), men 'justering.justerad' saknas nu; ett justerat protokoll kan inte öppnas igen — gör en rättelse i stället");
                continue;
            }
            var range = content.Paragraphs.TryGetValue(meeting, out var r) ? r : (ParagraphRange?)null;
            var fields = CanonicalForm.Fields(meeting, range);
            if (CanonicalForm.Fingerprint(fields) == lf.Fingerprint) continue;
            foreach (var (span, message) in Differences(fields, lf))
                diagnostics.Error(span, $"{message} efter justering ({lf.Adjusted}); ändra tillbaka, eller registrera ändringen som en rättelse under 'rättelser'");
        }
    }

    /// <summary>Human-readable differences between current fields and a lock.</summary>
    public static IEnumerable<(SourceSpan Span, string Message)> Differences(List<CanonicalField> fields, LockFile lf)
    {
        var current = fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var any = false;
        foreach (var f in fields)
        {
            if (!lf.Fields.TryGetValue(f.Path, out var hash))
            {
                if (f.Value.Length == 0) continue;
                any = true;
                yield return (f.Span, $"{f.Path} har lagts till");
            }
            else if (hash != CanonicalForm.Hash(f.Value))
            {
                any = true;
                yield return (f.Span, $"{f.Path} har ändrats");
            }
        }
        foreach (var path in lf.Order.Where(p => !current.ContainsKey(p)))
        {
            if (lf.Fields.TryGetValue(path, out var h) && h == CanonicalForm.Hash("")) continue;
            any = true;
            yield return (fields.FirstOrDefault()?.Span ?? default, $"{path} har tagits bort");
        }
        if (!any)
            yield return (fields.FirstOrDefault()?.Span ?? default, "innehållets ordning har ändrats");
    }

    /// <summary>A new lock for a justerat meeting.</summary>
    public static LockFile Create(Meeting meeting, ParagraphRange? range)
    {
        var fields = CanonicalForm.Fields(meeting, range);
        var lf = new LockFile
        {
            Meeting = meeting.Key,
            Adjusted = meeting.Adjustment!.Adjusted!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Fingerprint = CanonicalForm.Fingerprint(fields),
            Order = fields.Select(f => f.Path).ToList(),
        };
        foreach (var f in fields) lf.Fields[f.Path] = CanonicalForm.Hash(f.Value);
        return lf;
    }
}
