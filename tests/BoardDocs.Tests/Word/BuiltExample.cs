namespace BoardDocs.Tests.Word;

/// <summary>
/// One read-only build of the example content (.docx) shared by the test classes that only read
/// its output; built on first use, deleted when the test run ends.
/// </summary>
[TestClass]
public static class BuiltExample
{
    private static readonly Lazy<ExampleContent> Shared = new(() =>
    {
        var example = new ExampleContent();
        example.Build();
        return example;
    });

    /// <summary>The built copy. Tests must not modify it.</summary>
    internal static ExampleContent Content => Shared.Value;

    [AssemblyCleanup]
    public static void Cleanup()
    {
        if (Shared.IsValueCreated) Shared.Value.Dispose();
    }
}
