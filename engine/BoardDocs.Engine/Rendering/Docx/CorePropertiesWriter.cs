using System.Globalization;
using System.Text;
using System.Xml;
using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml.Packaging;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Writes docProps/core.xml ourselves: System.IO.Packaging's own PackageProperties would put the
/// part under a random name, and the times come from <see cref="DocumentInfo.Timestamp"/>, never the clock.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part, DocumentInfo info)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element(xml, "dc", "title", Dc, info.Title);
        Element(xml, "dc", "subject", Dc, info.Subject);
        Element(xml, "dc", "creator", Dc, info.Author);
        Element(xml, "cp", "keywords", Cp, info.Keywords);
        Element(xml, "dc", "language", Dc, info.Language);
        Element(xml, "cp", "lastModifiedBy", Cp, info.Author);
        var time = Utc(info.Timestamp).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Date(xml, "created", time);
        Date(xml, "modified", time);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>An unspecified kind is taken as UTC, so the result does not depend on the machine's time zone.</summary>
    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    private static void Element(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            xml.WriteElementString(prefix, name, ns, XmlText.Clean(value));
        }
    }

    private static void Date(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dcterms", name, DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
