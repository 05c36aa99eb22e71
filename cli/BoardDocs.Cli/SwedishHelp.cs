using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace BoardDocs.Cli;

/// <summary>
/// Help text in Swedish. System.CommandLine ships no Swedish resources, so help is printed by
/// us from the same command tree that parses the arguments.
/// </summary>
internal sealed class SwedishHelp(TextWriter output) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Print(parseResult.CommandResult.Command, output);
        return ExitCodes.Ok;
    }

    public static void Install(Command command, TextWriter output)
    {
        foreach (var option in command.Options.OfType<HelpOption>())
        {
            option.Description = "Visar hjälp";
            option.Action = new SwedishHelp(output);
        }
        foreach (var option in command.Options.OfType<VersionOption>())
            option.Description = "Visar versionen";
    }

    public static void Print(Command command, TextWriter w)
    {
        var path = string.Join(' ', Lineage(command).Select(c => c is RootCommand ? "boarddocs" : c.Name));
        w.WriteLine(command.Description);
        w.WriteLine();
        var args = string.Concat(command.Arguments.Select(a => $" <{a.Name}>"));
        var usage = command.Subcommands.Count > 0 ? $"{path} <kommando> [flaggor]" : $"{path}{args} [flaggor]";
        w.WriteLine($"Användning:\n  {usage}");
        if (command.Arguments.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Argument:");
            foreach (var a in command.Arguments)
                w.WriteLine($"  {"<" + a.Name + ">",-30}  {a.Description}");
        }
        var options = command.Options.Concat(Lineage(command).SkipLast(1).SelectMany(c => c.Options.Where(o => o.Recursive))).Distinct().ToList();
        if (options.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Flaggor:");
            foreach (var o in options)
            {
                var names = string.Join(", ", o.Aliases.Append(o.Name).Distinct().OrderBy(n => n.Length));
                if (o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool)) names += $" <{o.HelpName ?? "värde"}>";
                w.WriteLine($"  {names,-30}  {o.Description}");
            }
        }
        if (command.Subcommands.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Kommandon:");
            foreach (var c in command.Subcommands.Where(c => !c.Hidden))
                w.WriteLine($"  {c.Name,-30}  {c.Description}");
            w.WriteLine();
            w.WriteLine($"Skriv '{path} <kommando> --hjälp' för hjälp om ett kommando.");
        }
    }

    private static IEnumerable<Command> Lineage(Command command)
    {
        var chain = new List<Command>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
            chain.Insert(0, c);
        return chain;
    }
}
