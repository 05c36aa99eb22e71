using System.IO.Compression;
using System.Text.RegularExpressions;
using BoardDocs.Engine.Rendering.Docx;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxDeterminismTests
{
    [TestMethod]
    public void SameDocumentGivesIdenticalBytes()
    {
        var first = new DocxRenderer().Render(ProtocolFixture.Create());
        Thread.Sleep(2100); // zip times have a two-second resolution; a clock-dependent stamp would now differ
        var second = new DocxRenderer().Render(ProtocolFixture.Create());

        CollectionAssert.AreEqual(first, second);
    }

    [TestMethod]
    public void StreamAndByteOverloadsAgreeEvenOnAnUnseekableStream()
    {
        var bytes = new DocxRenderer().Render(ProtocolFixture.Create());
        using var target = new MemoryStream();
        using (var unseekable = new ForwardOnlyStream(target))
        {
            new DocxRenderer().Render(ProtocolFixture.Create(), unseekable);
        }

        CollectionAssert.AreEqual(bytes, target.ToArray());
    }

    [TestMethod]
    public void ZipEntriesHaveStableOrderAndTime()
    {
        var bytes = new DocxRenderer().Render(ProtocolFixture.Create());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        Assert.AreEqual("[Content_Types].xml", zip.Entries[0].FullName);
        var rest = zip.Entries.Skip(2).Select(e => e.FullName).ToList();
        CollectionAssert.AreEqual(rest.Order(StringComparer.Ordinal).ToList(), rest);
        Assert.IsTrue(zip.Entries.All(e => e.LastWriteTime.DateTime == new DateTime(2014, 11, 28, 12, 0, 0)));
    }

    [TestMethod]
    public void NoRelationshipHasARandomId()
    {
        var bytes = new DocxRenderer().Render(ProtocolFixture.Create());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var ids = Regex.Matches(reader.ReadToEnd(), "Id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.IsTrue(ids.All(id => id.StartsWith("rId", StringComparison.Ordinal)), $"{entry.FullName}: {string.Join(", ", ids)}");
        }
    }

    /// <summary>A write-only stream that cannot seek, like an HTTP response body.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
