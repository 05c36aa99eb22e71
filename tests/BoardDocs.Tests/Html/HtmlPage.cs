using System.Xml.Linq;

namespace BoardDocs.Tests.Html;

/// <summary>Parses a rendered page as XML (the renderer writes polyglot XHTML) and finds elements in it.</summary>
internal static class HtmlPage
{
    public static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    public static XDocument Parse(byte[] bytes)
    {
        Assert.IsFalse(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "byte order mark");
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        return XDocument.Parse(text);
    }

    public static IEnumerable<XElement> All(XDocument doc, string name) => doc.Descendants(X + name);

    public static IEnumerable<XElement> Headings(XDocument doc) =>
        doc.Descendants().Where(e => e.Name.Namespace == X && e.Name.LocalName is "h1" or "h2" or "h3");

    public static bool HasClass(XElement e, string cls) =>
        (e.Attribute("class")?.Value ?? "").Split(' ').Contains(cls);
}
