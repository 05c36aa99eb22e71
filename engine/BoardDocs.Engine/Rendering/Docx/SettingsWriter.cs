using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>The settings part. Without the compatibility mode Word would open the file in "Kompatibilitetsläge".</summary>
internal static class SettingsWriter
{
    /// <summary>Swedish Word's default tab interval (2.3 cm).</summary>
    private const int DefaultTabStop = 1304;

    public static Settings Build(string language)
    {
        var swedish = language.StartsWith("sv", StringComparison.OrdinalIgnoreCase);
        return new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = DefaultTabStop },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language },
            new DecimalSymbol { Val = swedish ? "," : "." },
            new ListSeparator { Val = swedish ? ";" : "," });
    }
}
