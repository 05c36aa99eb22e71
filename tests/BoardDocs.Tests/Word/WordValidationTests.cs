using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace BoardDocs.Tests.Word;

/// <summary>Every .docx that <c>build</c> makes of the example content is valid Office Open XML.</summary>
[TestClass]
public sealed class WordValidationTests
{
    private static ExampleContent example => BuiltExample.Content;

    [TestMethod]
    public void EveryBuiltDocxValidatesWithoutErrors()
    {
        var files = ExampleContent.FilesBelow(example.Out).Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        // kallelse ×2, protokoll, utdrag for § 578–586, bevis
        Assert.HasCount(13, files, string.Join("\n", files));

        var errors = new List<string>();
        foreach (var file in files)
        {
            using var document = WordText.Open(File.ReadAllBytes(Path.Combine(example.Out, file)));
            foreach (var e in new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document))
                errors.Add($"{file}: {e.Part?.Uri} {e.Path?.XPath}: [{e.Id}] {e.Description}");
        }
        Assert.IsEmpty(errors, $"OpenXmlValidator (Microsoft365) fann {errors.Count} fel:\n" + string.Join("\n", errors));
    }
}
