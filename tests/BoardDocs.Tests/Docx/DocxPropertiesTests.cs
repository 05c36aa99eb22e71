namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxPropertiesTests
{
    [TestMethod]
    public void CorePropertiesComeFromDocumentInfo()
    {
        using var rendered = new RenderedProtocol();
        var properties = rendered.Package.PackageProperties;

        Assert.AreEqual("Protokoll 2014-11-28 – " + ProtocolFixture.Organ, properties.Title);
        Assert.AreEqual("Maria Lindberg", properties.Creator);
        Assert.AreEqual(ProtocolFixture.Organ, properties.Subject);
        Assert.AreEqual("protokoll, styrelse", properties.Keywords);
        Assert.AreEqual("sv-SE", properties.Language);
        var timestamp = new DateTime(2014, 11, 28, 12, 0, 0, DateTimeKind.Utc);
        Assert.AreEqual(timestamp, properties.Created!.Value.ToUniversalTime());
        Assert.AreEqual(timestamp, properties.Modified!.Value.ToUniversalTime());
    }

    [TestMethod]
    public void CorePropertiesPartHasAFixedName()
    {
        using var rendered = new RenderedProtocol();

        Assert.AreEqual("/docProps/core.xml", rendered.Package.CoreFilePropertiesPart!.Uri.OriginalString);
    }
}
