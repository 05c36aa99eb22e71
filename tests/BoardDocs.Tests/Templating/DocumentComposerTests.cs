using BoardDocs.Engine.Content;
using BoardDocs.Engine.Templating;
using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Templating;

[TestClass]
public sealed class DocumentComposerTests
{
    [TestMethod]
    public void UtdragOfSeveralParagraphsListsThemInOrderWhateverTheRequestOrder()
    {
        var content = ContentLoader.Load(RepoPaths.ExampleOrgan).Organs.Single();
        var composer = new DocumentComposer(TemplateSet.ForOrgan(content.Organ.Folder));
        var document = composer.Compose(DocumentKind.Utdrag, content, content.FindMeeting("2014-11-28")!, [581, 580]);
        StringAssert.StartsWith(document.Info.Title, "Protokollsutdrag 2014-11-28 § 580, 581");
        var headings = document.Blocks.OfType<BoardDocs.Engine.Documents.Heading>()
            .Where(h => h.Style == BoardDocs.Engine.Documents.StyleNames.Paragraf).Select(h => h.PlainText).ToList();
        CollectionAssert.AreEqual(new[] { "§ 580", "§ 581" }, headings);
    }
}
