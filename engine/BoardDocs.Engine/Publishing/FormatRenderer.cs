using System.Text;
using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Publishing;

/// <summary>Renders a composed document to the bytes of one file format.</summary>
public static class FormatRenderer
{
    /// <summary>The file content.</summary>
    public static byte[] Render(Document document, string markdown, OutputFormat format, PublishOptions options) => format switch
    {
        OutputFormat.Markdown => Encoding.UTF8.GetBytes(markdown),
        OutputFormat.Text => Encoding.UTF8.GetBytes(DocumentText.Dump(document)),
        OutputFormat.Docx => new Rendering.Docx.DocxRenderer(new Rendering.Docx.DocxOptions
        {
            PageSetup = options.PageSetup,
            ReferenceDocxPath = options.ReferenceDocx,
        }).Render(document),
        OutputFormat.Pdf => new Rendering.Pdf.PdfRenderer(new Rendering.Pdf.PdfOptions
        {
            PageSetup = options.PageSetup,
            FontFolders = options.FontFolders,
        }).Render(document),
        OutputFormat.Html => new Rendering.Html.HtmlRenderer().Render(document),
        _ => throw new NotSupportedException(format.ToString()),
    };
}
