using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BoardDocs.Tests.Pdf;

/// <summary>A word and its bounding box (points, from the top-left corner of its page).</summary>
internal sealed record PdfWord(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>Word positions read with <c>pdftotext -bbox</c>.</summary>
internal static partial class PdfBoxes
{
    public static List<PdfWord> Words(string path)
    {
        var html = PdfTools.Run("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"]);
        var words = new List<PdfWord>();
        int page = 0;
        foreach (var line in html.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
                page++;
            var m = WordPattern().Match(line);
            if (!m.Success)
                continue;
            double D(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
            words.Add(new PdfWord(page, WebUtility.HtmlDecode(m.Groups["t"].Value), D("x0"), D("y0"), D("x1"), D("y1")));
        }
        return words;
    }

    [GeneratedRegex("""<word xMin="(?<x0>[-\d.]+)" yMin="(?<y0>[-\d.]+)" xMax="(?<x1>[-\d.]+)" yMax="(?<y1>[-\d.]+)">(?<t>.*)</word>""")]
    private static partial Regex WordPattern();
}
