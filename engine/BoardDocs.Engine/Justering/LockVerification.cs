using BoardDocs.Engine.Publishing;

namespace BoardDocs.Engine.Justering;

/// <summary>Whether a rendered protocol file is the one recorded in a justering lock.</summary>
public static class LockVerification
{
    /// <summary>The lock beside a rendered protocol: <c>protokoll.pdf</c> → <c>protokoll.lock</c>.</summary>
    public static string DefaultLockPath(string renderedFile) => Path.ChangeExtension(renderedFile, ".lock");

    /// <summary>
    /// Null when <paramref name="file"/> matches a file fingerprint in the lock; otherwise a Swedish
    /// reason (no lock, unreadable lock, or a different file).
    /// </summary>
    public static string? Check(string file, string lockPath)
    {
        if (!File.Exists(lockPath))
            return $"hittar ingen låsfil ({lockPath}); ett protokoll kan bara signeras när det är justerat och byggt med 'boarddocs build' (ange annars låsfilen med --lås)";
        var lf = LockFile.Parse(File.ReadAllText(lockPath));
        if (lf is null) return $"låsfilen {lockPath} är skadad";
        if (!File.Exists(file)) return $"filen {file} finns inte";
        var hash = Publisher.Hash(File.ReadAllBytes(file));
        if (lf.Files.Values.Contains(hash, StringComparer.Ordinal)) return null;
        return $"{Path.GetFileName(file)} stämmer inte med det justerade protokollet i låsfilen (justerat {lf.Adjusted}): filen har ändrats eller gjorts om efter justeringen";
    }
}
