using BoardDocs.Tests.Foundation;
using BoardDocs.Tests.Word;

namespace BoardDocs.Tests.Cli;

[TestClass]
public sealed class FileSystemErrorTests
{
    [TestMethod]
    public void OutputPathThatIsAFileGivesASwedishErrorNotACrash()
    {
        using var example = new ExampleContent();
        var blocker = Path.Combine(example.Root, "ut");
        File.WriteAllText(blocker, "en fil, inte en mapp");
        var result = CliRunner.Run("render", example.Meeting(ExampleContent.Kallelse), "--dokument", "kallelse", "--format", "docx", "-o", blocker);
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "boarddocs: en fil kunde inte läsas eller skrivas:");
        CliRunner.AssertNoStackTrace(result);
        Assert.AreEqual("en fil, inte en mapp", File.ReadAllText(blocker));
    }
}
