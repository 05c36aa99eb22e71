namespace BoardDocs.Tests.Signing;

/// <summary>Gives each test its own scratch directory, since tests run in parallel.</summary>
public abstract class SigningTestBase
{
    protected static readonly DateTimeOffset SignedAt = new(2025, 3, 7, 14, 30, 15, TimeSpan.FromHours(1));

    protected string Directory { get; private set; } = "";

    [TestInitialize]
    public void CreateDirectory()
    {
        Directory = Path.Combine(Path.GetTempPath(), "boarddocs-signing-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    [TestCleanup]
    public void DeleteDirectory()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    protected static void FlipOneByte(string path, int? index = null)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int i = index ?? bytes.Length / 2;
        bytes[i] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }
}
