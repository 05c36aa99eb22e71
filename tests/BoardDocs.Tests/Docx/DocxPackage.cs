using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardDocs.Tests.Docx;

/// <summary>Opens rendered bytes with the OpenXml SDK, as the acceptance checks do.</summary>
internal static class DocxPackage
{
    public static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);

    /// <summary>Validation errors against Office 2019 and Microsoft 365 as readable lines; empty when the file is valid.</summary>
    public static List<string> ValidationErrors(byte[] bytes)
    {
        using var document = Open(bytes);
        return new[] { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(document)
                .Select(e => $"[{version}] {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"))
            .ToList();
    }

    public static void AssertValid(byte[] bytes)
    {
        var errors = ValidationErrors(bytes);
        Assert.IsEmpty(errors, "OpenXmlValidator:\n" + string.Join("\n", errors));
    }
}
