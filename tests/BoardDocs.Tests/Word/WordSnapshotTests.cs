using BoardDocs.Tests.Snapshots;

namespace BoardDocs.Tests.Word;

/// <summary>
/// The text of the example documents as read back from the .docx that <c>build</c> writes,
/// compared with reviewed snapshots in <c>Word/Snapshots/</c> (see <see cref="Snapshot"/> for
/// updating them). The snapshots were checked line by line against
/// /work/shared/reference/kallelse-och-protokoll-skelleftea-norsjo.txt.
/// </summary>
[TestClass]
public sealed class WordSnapshotTests
{
    private static ExampleContent example => BuiltExample.Content;

    [TestMethod]
    public void KallelseTextMatchesSnapshot() =>
        Snapshot.Match(WordText.Dump(example.Built(ExampleContent.Kallelse, "kallelse.docx")),
            "tests/BoardDocs.Tests/Word/Snapshots/kallelse-2015-03-05.txt");

    [TestMethod]
    public void ProtokollTextMatchesSnapshot() =>
        Snapshot.Match(WordText.Dump(example.Built(ExampleContent.Protocol, "protokoll.docx")),
            "tests/BoardDocs.Tests/Word/Snapshots/protokoll-2014-11-28.txt");

    [TestMethod]
    public void Utdrag580TextMatchesSnapshot() =>
        Snapshot.Match(WordText.Dump(example.Built(ExampleContent.Protocol, "utdrag-580.docx")),
            "tests/BoardDocs.Tests/Word/Snapshots/utdrag-580-2014-11-28.txt");

    [TestMethod]
    public void SnapshotDiffIsReadable()
    {
        var diff = Snapshot.UnifiedDiff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n");
        Assert.AreEqual("@@ -2,7 +2,7 @@\n  b\n  c\n  d\n- e\n+ E\n  f\n  g\n  h\n", diff);
    }
}
