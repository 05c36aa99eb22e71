using System.CommandLine;
using BoardDocs.Engine.Publishing;

namespace BoardDocs.Cli;

/// <summary>Options shared by render, build and publicera.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue) => new("--format", "-f")
    {
        Description = $"Format: docx, pdf, html, md eller txt, flera med komma (standard: {defaultValue})",
        DefaultValueFactory = _ => defaultValue,
        HelpName = "format",
    };

    public static Option<string> Output(string defaultValue) => new("--utdata", "-o")
    {
        Description = $"Mapp att skriva till (standard: {defaultValue})",
        DefaultValueFactory = _ => defaultValue,
        HelpName = "katalog",
    };

    public static Option<string?> ReferenceDocx() => new("--referens-docx")
    {
        Description = "Organisationens mall (.docx) vars formatmallar, sidinställningar och sidhuvud (logotyp) används i Word-filerna",
        HelpName = "fil",
    };

    public static Option<string[]> FontFolders() => new("--typsnittsmapp")
    {
        Description = "Mapp med typsnitt för PDF (kan upprepas); söks före systemets mappar",
        HelpName = "mapp",
    };

    public static PublishOptions Publish(ParseResult parse, Option<string> format, Option<string?> reference, Option<string[]> fonts)
    {
        var formats = OutputFormats.Parse(parse.GetValue(format)!, out var error)
            ?? throw new CliException(error!, ExitCodes.Usage);
        var referencePath = parse.GetValue(reference);
        if (referencePath is not null && !File.Exists(referencePath))
            throw new CliException($"referensdokumentet '{referencePath}' finns inte");
        return new PublishOptions
        {
            Formats = formats,
            ReferenceDocx = referencePath is null ? null : Path.GetFullPath(referencePath),
            FontFolders = parse.GetValue(fonts) ?? [],
        };
    }
}
