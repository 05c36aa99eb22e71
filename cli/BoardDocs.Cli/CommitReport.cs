using BoardDocs.Engine.Content;
using BoardDocs.Engine.Publishing;

namespace BoardDocs.Cli;

/// <summary>Prints what was written.</summary>
internal static class CommitReport
{
    public static void Print(CommitResult result, TextWriter stdout)
    {
        foreach (var f in result.Written) stdout.WriteLine($"skrev {DisplayPath.For(f)}");
        foreach (var f in result.KeptLocked) stdout.WriteLine($"behöll {DisplayPath.For(f)} (justerat och låst)");
        foreach (var f in result.Locks) stdout.WriteLine($"låste protokollet: {DisplayPath.For(f)}");
    }
}
