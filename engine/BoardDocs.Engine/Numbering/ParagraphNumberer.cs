using BoardDocs.Engine.Content;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Engine.Numbering;

/// <summary>
/// Continuous § numbering across an organ's meetings. The first § of a meeting is the previous
/// protocol's last § plus one (restarting at 1 each calendar year with per_år), unless
/// <c>första_paragraf</c> pins it. A pin that collides with, or leaves a gap after, the previous
/// meeting's numbers is an error naming both meetings; a gap is allowed when the meeting just before
/// has no protokoll yet (or there is none), e.g. after migrating from another system.
/// </summary>
public static class ParagraphNumberer
{
    /// <summary>Numbers every meeting of <paramref name="content"/> that has a protokoll.</summary>
    public static void Number(OrganContent content, DiagnosticBag diagnostics)
    {
        var perYear = content.Organ.Numbering == ParagraphNumberingRule.PerYear;
        Meeting? lastNumbered = null;
        ParagraphRange lastRange = default;
        Meeting? previous = null;

        foreach (var meeting in content.Meetings)
        {
            if (!meeting.HasProtocol)
            {
                previous = meeting;
                continue;
            }

            // The series this meeting continues: per_år only counts meetings of the same year.
            var sameSeries = lastNumbered is not null && (!perYear || lastNumbered.Date.Value.Year == meeting.Date.Value.Year);
            var expected = sameSeries ? lastRange.Last + 1 : 1;
            var first = expected;

            if (meeting.FirstParagraph is { } pin)
            {
                first = pin.Value;
                var previousHasProtocol = previous is not null && ReferenceEquals(previous, lastNumbered);
                if (sameSeries && pin.Value <= lastRange.Last)
                {
                    diagnostics.Error(pin.Span,
                        $"första_paragraf {pin.Value} krockar med § {lastRange} i mötet {Describe(lastNumbered!)}; nästa lediga nummer är § {expected}");
                }
                else if (sameSeries && pin.Value > expected && previousHasProtocol)
                {
                    diagnostics.Error(pin.Span,
                        $"första_paragraf {pin.Value} lämnar en lucka efter § {lastRange.Last} i mötet {Describe(lastNumbered!)}; väntat § {expected}");
                }
                else if (!sameSeries && perYear && lastNumbered is not null && pin.Value != 1 && previousHasProtocol)
                {
                    diagnostics.Error(pin.Span,
                        $"första_paragraf {pin.Value}: med paragrafnumrering per_år börjar årets första protokoll på § 1 (föregående möte {Describe(lastNumbered)} är från {lastNumbered.Date.Value.Year})");
                }
            }

            var range = new ParagraphRange(first, meeting.Items.Count);
            content.Paragraphs[meeting] = range;
            lastNumbered = meeting;
            lastRange = range;
            previous = meeting;
        }
    }

    private static string Describe(Meeting m) => $"{m.Key} ({Path.GetFileName(m.FilePath)})";
}
