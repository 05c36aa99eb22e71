using System.Diagnostics;

namespace BoardDocs.Tests.Docx;

/// <summary>Runs LibreOffice and poppler's tools for end-to-end checks of rendered files.</summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static bool IsAvailable => OnPath("soffice");

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    /// <summary>Converts a .docx to PDF in <paramref name="outputDirectory"/> with a private profile, so parallel runs do not share one.</summary>
    public static string ConvertToPdf(string docxPath, string outputDirectory)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice",
            [
                "-env:UserInstallation=file://" + profile,
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outputDirectory, docxPath,
            ]);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
        var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
        Assert.IsTrue(File.Exists(pdf), $"LibreOffice skapade ingen PDF av {docxPath}.");
        return pdf;
    }

    public static string PdfText(string pdfPath) => Run("pdftotext", ["-layout", pdfPath, "-"]);

    public static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} svarade inte inom {Timeout.TotalSeconds} s.");
        }
        Assert.AreEqual(0, process.ExitCode, $"{tool} misslyckades: {error.Result}");
        return output.Result;
    }
}
