using BoardDocs.Engine.Content;

namespace BoardDocs.Tests.Foundation;

/// <summary>
/// The bad-input corpus: <c>BadInput/&lt;case&gt;/</c> is a content folder with one organ
/// (<c>organ/organ.yaml</c>, <c>organ/sammantraden/…</c>) and <c>expected.txt</c>, the first error
/// line printed by <c>boarddocs validate &lt;case&gt;</c> with the case folder's path prefix removed,
/// e.g. <c>organ/sammantraden/2015-03-05.yaml:11:1: fel: okänd nyckel 'arenden' — menade du 'ärenden'?</c>.
/// </summary>
[TestClass]
public sealed class BadInputTests
{
    public static IEnumerable<object[]> Cases =>
        Directory.GetDirectories(RepoPaths.BadInput)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Validate_ReportsTheExpectedFirstError(string caseName)
    {
        var caseDir = Path.Combine(RepoPaths.BadInput, caseName);
        var expected = File.ReadAllText(Path.Combine(caseDir, "expected.txt")).TrimEnd('\r', '\n');
        var before = Snapshot(caseDir);

        var result = CliRunner.Run("validate", caseDir);

        Assert.AreEqual(1, result.ExitCode, result.All);
        Assert.IsNotEmpty(result.StderrLines, "nothing on stderr");
        Assert.AreEqual(expected, Paths.StripPrefix(result.StderrLines[0], caseDir), "\nall output:\n" + result.All);
        CliRunner.AssertNoStackTrace(result);
        CollectionAssert.AreEqual(before, Snapshot(caseDir), "validate wrote into the case folder");
    }

    [TestMethod]
    public void Corpus_HasAtLeast24Cases_EachWithAnOrganAndAnExpectedLine()
    {
        var cases = Cases.Select(c => (string)c[0]).ToList();
        Assert.IsGreaterThanOrEqualTo(24, cases.Count);
        foreach (var name in cases)
        {
            var dir = Path.Combine(RepoPaths.BadInput, name);
            Assert.IsTrue(File.Exists(Path.Combine(dir, "organ", ContentLoader.OrganFile)), $"{name}: organ/organ.yaml missing");
            var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt"));
            Assert.HasCount(1, expected, $"{name}: expected.txt must hold exactly one line");
            StringAssert.Matches(expected[0], new System.Text.RegularExpressions.Regex(@"^organ/[^:]+(:\d+:\d+)?: fel: \S"), name);
        }
    }

    [TestMethod]
    public void Corpus_InTheOutputMatchesTheRepository()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "BoardDocs.Tests", "BadInput");
        var inRepo = Directory.GetDirectories(source).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var inOutput = Cases.Select(c => (string?)c[0]).ToList();
        CollectionAssert.AreEqual(inRepo, inOutput, "rebuild the test project: BadInput in the output differs from the repository");
    }

    private static List<string> Snapshot(string dir) =>
        Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories)
            .Select(p => (Path: p, Info: new FileInfo(p)))
            .Select(e => $"{Path.GetRelativePath(dir, e.Path)}|{(e.Info.Exists ? e.Info.Length : -1)}|{File.GetLastWriteTimeUtc(e.Path):O}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
