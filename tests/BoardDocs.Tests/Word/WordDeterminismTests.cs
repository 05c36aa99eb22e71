using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Word;

/// <summary>The same meeting gives the same bytes, wherever and whenever it is rendered.</summary>
[TestClass]
public sealed class WordDeterminismTests
{
    [TestMethod]
    [DataRow(ExampleContent.Protocol, "protokoll", "protokoll.docx")]
    [DataRow(ExampleContent.Kallelse, "kallelse", "kallelse.docx")]
    public void TwoRendersInSeparateFoldersAreByteIdentical(string date, string kind, string file)
    {
        using var first = new ExampleContent();
        using var second = new ExampleContent();

        var a = Render(first, date, kind, file);
        // Different wall-clock second, different folder: neither may leak into the package.
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        var b = Render(second, date, kind, file);

        Assert.AreNotEqual(first.Root, second.Root);
        CollectionAssert.AreEqual(a, b, $"{file} skiljer sig mellan två renderingar ({a.Length} och {b.Length} byte)");
    }

    private static byte[] Render(ExampleContent example, string date, string kind, string file)
    {
        var result = CliRunner.Run("render", example.Meeting(date), "--dokument", kind, "--format", "docx", "-o", example.Out);
        Assert.AreEqual(0, result.ExitCode, result.All);
        return File.ReadAllBytes(Path.Combine(example.Out, file));
    }
}
