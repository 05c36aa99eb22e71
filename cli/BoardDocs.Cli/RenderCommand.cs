using System.CommandLine;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Publishing;
using BoardDocs.Engine.Templating;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Cli;

/// <summary><c>boarddocs render &lt;möte.yaml&gt; --dokument … --format … -o …</c>: one document of one meeting.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var meetingArg = new Argument<string>("möte") { Description = "Mötesfilen, t.ex. content/organ/sammantraden/2014-11-28.yaml" };
        var kindOption = new Option<string>("--dokument", "-d")
        {
            Description = "Vilket dokument: kallelse, protokoll, utdrag, bevis eller rattelse",
            Required = true,
            HelpName = "typ",
        };
        var paragraphOption = new Option<int[]>("--paragraf", "-p")
        {
            Description = "Paragraf(er) för utdrag, eller för bevis om en omedelbart justerad paragraf, t.ex. --paragraf 580 (kan upprepas)",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "nummer",
        };
        var formatOption = CommonOptions.Format("docx");
        var outOption = CommonOptions.Output(".");
        var referenceOption = CommonOptions.ReferenceDocx();
        var fontOption = CommonOptions.FontFolders();
        var command = new Command("render", "Gör ett dokument (kallelse, protokoll, utdrag, bevis) av ett sammanträde")
        {
            meetingArg, kindOption, paragraphOption, formatOption, outOption, referenceOption, fontOption,
        };
        command.SetAction(parse =>
        {
            var meetingPath = Path.GetFullPath(parse.GetValue(meetingArg)!);
            var kindWord = parse.GetValue(kindOption)!;
            var kind = DocumentKindText.Parse(kindWord)
                ?? throw new CliException($"okänt dokument '{kindWord}': välj kallelse, protokoll, utdrag, bevis eller rattelse{Suggestions.Hint(kindWord, DocumentKindText.Words)}", ExitCodes.Usage);
            var paragraphs = parse.GetValue(paragraphOption) ?? [];
            if (kind == DocumentKind.Utdrag && paragraphs.Length == 0)
                throw new CliException("ange vilken paragraf utdraget ska gälla med --paragraf, t.ex. --paragraf 580", ExitCodes.Usage);
            if (kind is not (DocumentKind.Utdrag or DocumentKind.Bevis) && paragraphs.Length > 0)
                throw new CliException("--paragraf gäller bara --dokument utdrag och bevis", ExitCodes.Usage);
            var options = CommonOptions.Publish(parse, formatOption, referenceOption, fontOption);
            var outDir = parse.GetValue(outOption)!;

            if (!File.Exists(meetingPath))
                throw new CliException($"mötesfilen {DisplayPath.For(meetingPath)} finns inte");
            var meetingsFolder = Path.GetDirectoryName(meetingPath)!;
            if (Path.GetFileName(meetingsFolder) != ContentLoader.MeetingsFolder ||
                !File.Exists(Path.Combine(Path.GetDirectoryName(meetingsFolder)!, ContentLoader.OrganFile)))
                throw new CliException($"{DisplayPath.For(meetingPath)} ligger inte i en organmapp: mötesfiler ska ligga i <organ>/sammantraden/ bredvid organ.yaml");

            var diagnostics = new DiagnosticBag();
            var content = ContentLoader.LoadOrgan(Path.GetDirectoryName(meetingsFolder)!, diagnostics);
            DiagnosticPrinter.Print(diagnostics, stdout, stderr, summary: false);
            if (diagnostics.HasErrors || content is null)
                throw new CliException("inget dokument skrevs eftersom innehållet har fel (se ovan)");
            var meeting = content.Meetings.FirstOrDefault(m => m.FilePath == meetingPath)
                ?? throw new CliException($"mötet {DisplayPath.For(meetingPath)} kunde inte läsas");

            var publisher = new Publisher(options);
            var files = Guard.Run(() => publisher.Plan(content, meeting, kind, paragraphs.Length > 0 ? paragraphs : null, outDir));
            CommitReport.Print(Publisher.Commit(files), stdout);
            return ExitCodes.Ok;
        });
        return command;
    }
}
