using System.Diagnostics;

namespace BoardDocs.Tests.Word;

/// <summary>LibreOffice (soffice) and poppler's pdftotext, for end-to-end checks of the .docx files.</summary>
internal static class WordLibreOffice
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The missing tools, or null when both are on PATH.</summary>
    public static string? Missing()
    {
        var missing = new[] { "soffice", "pdftotext" }.Where(t => !OnPath(t)).ToList();
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    /// <summary>
    /// Converts the files to PDF in <paramref name="outputFolder"/> with one soffice run and a
    /// private, throw-away profile (so parallel test runs never share one); returns the PDF paths.
    /// </summary>
    public static List<string> ConvertToPdf(string outputFolder, params string[] docxFiles)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice",
            [
                "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputFolder, .. docxFiles,
            ]);
        }
        finally
        {
            try
            {
                if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
        var pdfs = docxFiles.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        foreach (var pdf in pdfs)
            Assert.IsTrue(File.Exists(pdf), $"LibreOffice skapade inte {pdf}.");
        return pdfs;
    }

    /// <summary>
    /// The PDF's text as pdftotext extracts it in both modes: physical layout (<c>-layout</c>: keeps
    /// a hyphen at a line end, but puts side-by-side table cells on one line) and reading order
    /// (keeps cells apart, but joins a line ending in '-' with the next and drops the hyphen).
    /// </summary>
    public static (string Layout, string Reading) PdfText(string pdf) =>
        (Run("pdftotext", ["-enc", "UTF-8", "-layout", pdf, "-"]), Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]));

    private static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} blev inte klar inom {Timeout.TotalSeconds} s.");
        }
        Assert.AreEqual(0, process.ExitCode, $"{tool} misslyckades: {error.Result}");
        return output.Result;
    }
}
