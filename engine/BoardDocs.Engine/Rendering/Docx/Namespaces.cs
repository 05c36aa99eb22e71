using DocumentFormat.OpenXml;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Declares the prefixes once on a part's root instead of on every element that uses them.</summary>
internal static class Namespaces
{
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Declare(OpenXmlPartRootElement root)
    {
        if (root.LookupNamespace("w") is null)
        {
            root.AddNamespaceDeclaration("w", Main);
        }
        if (root.LookupNamespace("r") is null)
        {
            root.AddNamespaceDeclaration("r", Relationships);
        }
    }
}
