using System.Text;

namespace BoardDocs.Engine.Rendering.Html;

/// <summary>
/// Builds markup that is valid HTML5 and well-formed XML at once (polyglot): every element is
/// closed, void elements are self-closed (<c>&lt;br/&gt;</c>), and every text and attribute value
/// goes through <see cref="Text"/>/<see cref="Attribute"/>. Text comes from users, so nothing is
/// ever written unescaped.
/// </summary>
public sealed class HtmlMarkup
{
    private readonly StringBuilder sb = new();

    /// <summary>Appends raw markup the caller built itself (never user text).</summary>
    public HtmlMarkup Raw(string markup)
    {
        sb.Append(markup);
        return this;
    }

    /// <summary>Appends escaped text.</summary>
    public HtmlMarkup Text(string? text)
    {
        sb.Append(Escape(text));
        return this;
    }

    /// <summary>Appends a line break in the source (only between block-level elements).</summary>
    public HtmlMarkup Line()
    {
        sb.Append('\n');
        return this;
    }

    /// <summary>Opens an element: <c>&lt;name a="v"&gt;</c>. Null attribute values are left out.</summary>
    public HtmlMarkup Open(string name, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(name);
        AppendAttributes(attributes);
        sb.Append('>');
        return this;
    }

    /// <summary>Closes an element.</summary>
    public HtmlMarkup Close(string name)
    {
        sb.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A void element written self-closed: <c>&lt;br/&gt;</c>, <c>&lt;meta …/&gt;</c>.</summary>
    public HtmlMarkup Void(string name, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(name);
        AppendAttributes(attributes);
        sb.Append("/>");
        return this;
    }

    /// <summary>An element holding only escaped text.</summary>
    public HtmlMarkup Element(string name, string? text, params (string Name, string? Value)[] attributes) =>
        Open(name, attributes).Text(text).Close(name);

    /// <summary>The markup so far.</summary>
    public override string ToString() => sb.ToString();

    private void AppendAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            sb.Append(' ').Append(name).Append("=\"").Append(Attribute(value)).Append('"');
        }
    }

    /// <summary>Escapes text content: &amp;, &lt;, &gt; and characters XML does not allow.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (IsXmlChar(c))
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        sb.Append('\uFFFD'); // a control character or lone surrogate: not allowed in XML
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes an attribute value (quotes included; tabs and newlines become spaces).</summary>
    public static string Attribute(string value) => Escape(value.Replace('\t', ' ').Replace('\n', ' '));

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
