namespace BoardDocs.Cli;

internal static class Program
{
    private static int Main(string[] args) => BoardDocsCli.Run(args, Console.Out, Console.Error);
}
