using System.Diagnostics;

namespace BoardDocs.Tests.Pdf;

/// <summary>Runs poppler/qpdf command-line tools on rendered PDFs.</summary>
internal static class PdfTools
{
    /// <summary>Writes <paramref name="pdf"/> to a new temporary file.</summary>
    public static string Save(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "boarddocs-pdf-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>Text of the whole document or of one page (1-based).</summary>
    public static string Text(string path, int? page = null, bool layout = false)
    {
        var args = new List<string>();
        if (layout)
            args.Add("-layout");
        if (page is { } p)
            args.AddRange(["-f", p.ToString(), "-l", p.ToString()]);
        args.AddRange(["-enc", "UTF-8", path, "-"]);
        return Run("pdftotext", args);
    }

    /// <summary>pdfinfo's key/value output.</summary>
    public static Dictionary<string, string> Info(string path)
    {
        var result = new Dictionary<string, string>();
        foreach (var line in Run("pdfinfo", ["-enc", "UTF-8", path]).Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon > 0)
                result[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return result;
    }

    /// <summary>Runs <paramref name="tool"/> and returns stdout; fails the test on a non-zero exit code.</summary>
    public static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // qpdf exits with 3 for warnings only.
        if (process.ExitCode != 0 && !(tool == "qpdf" && process.ExitCode == 3))
            Assert.Fail($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }
}
