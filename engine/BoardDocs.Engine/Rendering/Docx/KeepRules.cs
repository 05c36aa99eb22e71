using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Translates <c>KeepWithNext</c>/<c>KeepTogether</c> into Word's pagination properties. Word keeps
/// table rows together through keep-with-next on the paragraphs in them, and a row from splitting
/// through cantSplit.
/// </summary>
internal static class KeepRules
{
    /// <summary>Never lets a page end inside the elements of one block.</summary>
    public static void Together(IReadOnlyList<OpenXmlElement> elements)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var isLast = i == elements.Count - 1;
            switch (elements[i])
            {
                case Paragraph paragraph:
                    Properties(paragraph).KeepLines = new KeepLines();
                    if (!isLast)
                    {
                        Properties(paragraph).KeepNext = new KeepNext();
                    }
                    break;
                case Table table:
                    var rows = table.Elements<TableRow>().ToList();
                    for (var r = 0; r < rows.Count; r++)
                    {
                        CantSplit(rows[r]);
                        var keepRow = r < rows.Count - 1 || !isLast;
                        foreach (var paragraph in rows[r].Descendants<Paragraph>())
                        {
                            Properties(paragraph).KeepLines = new KeepLines();
                            if (keepRow)
                            {
                                Properties(paragraph).KeepNext = new KeepNext();
                            }
                        }
                    }
                    break;
            }
        }
    }

    /// <summary>Keeps the end of a block on the page of the block that follows it.</summary>
    public static void WithNext(IReadOnlyList<OpenXmlElement> elements)
    {
        switch (elements.LastOrDefault())
        {
            case Paragraph paragraph:
                Properties(paragraph).KeepNext = new KeepNext();
                break;
            case Table table when table.Elements<TableRow>().LastOrDefault() is { } row:
                foreach (var paragraph in row.Descendants<Paragraph>())
                {
                    Properties(paragraph).KeepNext = new KeepNext();
                }
                break;
        }
    }

    public static void CantSplit(TableRow row)
    {
        var properties = row.TableRowProperties ??= new TableRowProperties();
        if (properties.GetFirstChild<CantSplit>() is null)
        {
            properties.Append(new CantSplit());
        }
    }

    public static ParagraphProperties Properties(Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new ParagraphProperties();
}
