using BoardDocs.Engine.Rendering.Pdf;
using BoardDocs.Engine.Rendering.Pdf.Fonts;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfFontTests
{
    static readonly IReadOnlyList<string> System = SystemFontFolders.Get();

    [TestMethod]
    public void Missing_font_gives_swedish_message_naming_font_and_folders()
    {
        var empty = Directory.CreateTempSubdirectory("boarddocs-nofonts-").FullName;
        var missing = Path.Combine(empty, "finns-inte");
        var locator = new FontLocator([empty, missing]);

        var ex = Assert.ThrowsExactly<PdfFontException>(() => locator.Resolve("Liberation Serif", false, false));
        StringAssert.StartsWith(ex.Message, "Typsnittet 'Liberation Serif' hittades inte");
        StringAssert.Contains(ex.Message, empty);
        StringAssert.Contains(ex.Message, missing + " (finns inte)");
        StringAssert.Contains(ex.Message, "Installera fonts-liberation2 eller ange en mapp med --typsnittsmapp.");
        CollectionAssert.AreEqual(new[] { empty, missing }, ex.SearchedFolders.ToArray());
    }

    [TestMethod]
    public void Word_fonts_map_to_metric_compatible_liberation_fonts()
    {
        var locator = new FontLocator(System);
        var serifBold = locator.Resolve("Times New Roman", true, false);
        Assert.AreEqual("Liberation Serif", serifBold.Family);
        Assert.AreEqual("LiberationSerif-Bold.ttf", Path.GetFileName(serifBold.Path));
        Assert.IsFalse(serifBold.SimulateBold);

        var sansItalic = locator.Resolve("Arial", false, true);
        Assert.AreEqual("LiberationSans-Italic.ttf", Path.GetFileName(sansItalic.Path));
    }

    [TestMethod]
    public void DejaVu_is_the_fallback_and_missing_styles_are_simulated()
    {
        var dejavu = System.Select(f => Path.Combine(f, "truetype", "dejavu")).First(Directory.Exists);
        var locator = new FontLocator([dejavu]);
        Assert.AreEqual("DejaVu Serif", locator.Resolve("Times New Roman", false, false).Family);
        Assert.AreEqual("DejaVu Sans", locator.Resolve("Arial", true, false).Family);

        var onlyRegular = Directory.CreateTempSubdirectory("boarddocs-regular-").FullName;
        File.Copy(Path.Combine(dejavu, "DejaVuSerif.ttf"), Path.Combine(onlyRegular, "NagotAnnat.ttf"));
        var face = new FontLocator([onlyRegular]).Resolve("Times New Roman", true, false);
        Assert.AreEqual("DejaVu Serif", face.Family);
        Assert.IsTrue(face.SimulateBold);
    }

    [TestMethod]
    public void Organisation_folders_are_searched_before_the_system()
    {
        var org = Directory.CreateTempSubdirectory("boarddocs-org-").FullName;
        var dejavu = System.Select(f => Path.Combine(f, "truetype", "dejavu")).First(Directory.Exists);
        Directory.CreateDirectory(Path.Combine(org, "under"));
        var copy = Path.Combine(org, "under", "Organisationsfont.ttf");
        File.Copy(Path.Combine(dejavu, "DejaVuSans.ttf"), copy);

        var locator = FontLocator.ForOptions(new PdfOptions { FontFolders = [org] });
        Assert.AreEqual(org, locator.Folders[0]);
        Assert.AreEqual(copy, locator.Resolve("DejaVu Sans", false, false).Path);
        // Styles the organisation folder lacks still come from the system.
        StringAssert.EndsWith(locator.Resolve("DejaVu Sans", true, false).Path, "DejaVuSans-Bold.ttf");
    }

    [TestMethod]
    public void Fonts_are_embedded_as_subsets()
    {
        var path = PdfTools.Save(new PdfRenderer().Render(PdfFixtures.Protocol(1)), "fonts");
        var fonts = PdfTools.Run("pdffonts", [path]);
        StringAssert.Contains(fonts, "Liberation Serif");
        StringAssert.Contains(fonts, "Liberation Sans");
        foreach (var line in fonts.Split('\n').Skip(2).Where(l => l.Length > 0))
            StringAssert.Matches(line, new System.Text.RegularExpressions.Regex(@"^[A-Z]{6}\+.* yes yes yes "), line);
    }
}
