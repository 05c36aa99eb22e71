using System.Diagnostics;
using System.Globalization;
using System.Text;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Publishing;
using BoardDocs.Engine.Rendering.Docx;
using BoardDocs.Engine.Rendering.Pdf;
using BoardDocs.Engine.Templating;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Bench;

/// <summary>
/// Renders the example protocol and generated 1,000- and 10,000-§ protocols to DOCX and PDF
/// in-process and prints median time, peak memory and pages; compares with pandoc (Markdown → DOCX)
/// plus LibreOffice (DOCX → PDF) on the same content. Each measurement runs in a child process so
/// that its peak memory is its own.
/// Usage: dotnet run -c Release --project bench/BoardDocs.Bench [-- --runs 5] [--utan-externa] [--utan-10000]
/// (or -- --skriv-innehall &lt;mapp&gt; &lt;antal §§&gt; to write a generated organ folder for profiling).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length > 0 && args[0] == "--case") return Child(args);
        if (args.Length == 3 && args[0] == "--skriv-innehall")
        {
            // For profiling by hand: writes a generated organ folder and prints its path.
            Console.WriteLine(SyntheticContent.Write(args[1], int.Parse(args[2])));
            return 0;
        }
        if (Environment.GetEnvironmentVariable("BOARDDOCS_BENCH_CHILD") is not null)
            throw new InvalidOperationException("ett barnprocess-anrop saknar --case");
        var runs = ArgValue(args, "--runs", 5);
        var external = !args.Contains("--utan-externa");
        var big = !args.Contains("--utan-10000");

        var repo = FindRepo();
        var work = Path.Combine(Path.GetTempPath(), $"boarddocs-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var example = Path.Combine(work, "exempel");
            CopyDirectory(Path.Combine(repo, "content", "samordningsforbundet-skelleftea-norsjo"), example);
            var cases = new List<(string Name, string Organ, string Meeting, int Runs)>
            {
                ("Exempelprotokollet (§ 578–586)", example, "2014-11-28", runs),
                ("Genererat protokoll, 1 000 §§", SyntheticContent.Write(work, 1000), "2024-11-14", runs),
            };
            if (big) cases.Add(("Genererat protokoll, 10 000 §§", SyntheticContent.Write(work, 10000), "2024-11-14", Math.Max(1, runs / 2)));

            Console.WriteLine($"BoardDocs benchmark — {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} kärnor, .NET {Environment.Version}, median av {runs} körningar");
            Console.WriteLine();
            Console.WriteLine($"{"fall",-34} {"format",-6} {"median",10} {"topp-minne",11} {"sidor",6}");
            var results = new Dictionary<(string, string), Measurement>();
            foreach (var c in cases)
            foreach (var format in new[] { "docx", "pdf" })
            {
                var m = RunChild(c.Organ, c.Meeting, format, c.Runs);
                results[(c.Name, format)] = m;
                Console.WriteLine($"{c.Name,-34} {format,-6} {m.MedianMs,8:F0} ms {m.PeakMb,8:F0} MB {(format == "pdf" ? m.Pages.ToString() : "–"),6}");
            }
            Console.WriteLine();
            if (big)
            {
                var t1 = results[(cases[1].Name, "docx")].MedianMs + results[(cases[1].Name, "pdf")].MedianMs;
                var t10 = results[(cases[2].Name, "docx")].MedianMs + results[(cases[2].Name, "pdf")].MedianMs;
                Console.WriteLine($"Skalning: 10× fler §§ kostar {t10 / t1:F1}× tiden (mål ≤ 12×).");
            }
            var thousand = results[(cases[1].Name, "docx")].MedianMs + results[(cases[1].Name, "pdf")].MedianMs;
            var thousandPeak = Math.Max(results[(cases[1].Name, "docx")].PeakMb, results[(cases[1].Name, "pdf")].PeakMb);
            Console.WriteLine($"1 000 §§ till DOCX + PDF: {thousand:F0} ms (mål < 2 000 ms), topp-minne {thousandPeak:F0} MB (mål < 300 MB).");
            if (external) External(cases[0], results[(cases[0].Name, "docx")].MedianMs + results[(cases[0].Name, "pdf")].MedianMs, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    private sealed record Measurement(double MedianMs, double PeakMb, int Pages);

    private static Measurement RunChild(string organ, string meeting, string format, int runs)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.Environment["BOARDDOCS_BENCH_CHILD"] = "1";
        // Under the dotnet host the program is the .dll; under its own apphost it needs no argument.
        // (Passing the .dll to the apphost would start another parent, not a child.)
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            psi.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in new[] { "--case", organ, meeting, format, runs.ToString() }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var parts = output.Trim().Split(' ');
        return new Measurement(double.Parse(parts[0]), double.Parse(parts[1]), int.Parse(parts[2]));
    }

    // One format of one meeting: load + compose + render, repeated; prints "median peakMb pages".
    private static int Child(string[] args)
    {
        var (organ, meeting, format, runs) = (args[1], args[2], args[3], int.Parse(args[4]));
        var times = new List<double>();
        var pages = 0;
        for (var i = 0; i < runs + 1; i++)
        {
            var sw = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var content = ContentLoader.LoadOrgan(organ, diagnostics)!;
            var m = content.FindMeeting(meeting)!;
            var loaded = sw.Elapsed.TotalMilliseconds;
            var document = new DocumentComposer(TemplateSet.ForOrgan(organ)).Compose(DocumentKind.Protokoll, content, m);
            var composed = sw.Elapsed.TotalMilliseconds;
            if (format == "docx")
            {
                new DocxRenderer().Render(document);
            }
            else
            {
                var pdf = new PdfRenderer();
                pdf.Render(document);
                pages = pdf.LastPageCount;
            }
            sw.Stop();
            if (Environment.GetEnvironmentVariable("BOARDDOCS_BENCH_FASER") is not null)
                Console.Error.WriteLine($"läsa {loaded:F0} ms, mallar+modell {composed - loaded:F0} ms, {format} {sw.Elapsed.TotalMilliseconds - composed:F0} ms");
            if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds); // the first run warms up the JIT
        }
        times.Sort();
        var median = times[times.Count / 2];
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"{median:F1} {peak:F1} {pages}");
        return 0;
    }

    private static void External((string Name, string Organ, string Meeting, int Runs) c, double oursMs, string work)
    {
        if (!OnPath("pandoc") || !OnPath("soffice"))
        {
            Console.WriteLine("pandoc eller soffice saknas: jämförelsen hoppades över (installera pandoc och libreoffice-writer-nogui).");
            return;
        }
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.LoadOrgan(c.Organ, diagnostics)!;
        new DocumentComposer(TemplateSet.ForOrgan(c.Organ)).Compose(DocumentKind.Protokoll, content, content.FindMeeting(c.Meeting)!, null, out var markdown);
        var md = Path.Combine(work, "protokoll.md");
        File.WriteAllText(md, markdown, Encoding.UTF8);
        var docx = Path.Combine(work, "pandoc.docx");
        var profile = Path.Combine(work, "lo-profile");
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            Run("pandoc", md, "-f", "markdown", "-o", docx);
            Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", work, docx);
            sw.Stop();
            if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds); // the first run creates the LibreOffice profile
        }
        times.Sort();
        var theirs = times[times.Count / 2];
        Console.WriteLine($"{c.Name}: pandoc + LibreOffice {theirs:F0} ms, BoardDocs (DOCX + PDF) {oursMs:F0} ms: {theirs / oursMs:F0}× snabbare (mål ≥ 20×).");
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} misslyckades ({p.ExitCode})");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "BoardDocs.sln"))) return d.FullName;
        throw new InvalidOperationException("hittar inte BoardDocs.sln ovanför programmet");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".lock", StringComparison.Ordinal)) continue;
            File.Copy(file, file.Replace(from, to), overwrite: true);
        }
    }
}
