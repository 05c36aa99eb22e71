using System.CommandLine;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Justering;
using BoardDocs.Engine.Signing;

namespace BoardDocs.Cli;

/// <summary>
/// <c>boarddocs signera</c> and <c>boarddocs verifiera</c>: the justerare's digital signatures on a
/// justerat protocol PDF. Signatures are detached CMS files beside the PDF (PDFsharp 6.5 cannot
/// add a second embedded signature without breaking the first), one per signer, each verifiable
/// on its own.
/// </summary>
internal static class SignCommand
{
    public static Command CreateSign(TextWriter stdout)
    {
        var pdfArg = new Argument<string>("protokoll.pdf") { Description = "Det justerade protokollet (PDF) som byggts av BoardDocs" };
        var certOption = new Option<string>("--certifikat") { Description = "Certifikatfil (.pfx/.p12) med privat nyckel", Required = true, HelpName = "fil" };
        var passwordEnv = new Option<string?>("--lösenord-env") { Description = "Miljövariabel som innehåller certifikatfilens lösenord", HelpName = "variabel" };
        var nameOption = new Option<string>("--namn") { Description = "Namnet på den som signerar, som i protokollet", Required = true, HelpName = "namn" };
        var roleOption = new Option<string?>("--roll") { Description = "Roll, t.ex. ordförande eller justerare", HelpName = "roll" };
        var lockOption = LockOption();
        var command = new Command("signera", "Signerar ett justerat protokoll med ett certifikat (t.ex. SITHS eller en PKCS#12-fil)")
        {
            pdfArg, certOption, passwordEnv, nameOption, roleOption, lockOption,
        };
        command.SetAction(parse =>
        {
            var pdf = Path.GetFullPath(parse.GetValue(pdfArg)!);
            var lockPath = parse.GetValue(lockOption) ?? LockVerification.DefaultLockPath(pdf);
            if (!File.Exists(pdf)) throw new CliException($"filen {DisplayPath.For(pdf)} finns inte");
            if (LockVerification.Check(pdf, lockPath) is { } problem)
                throw new CliException($"protokollet signerades inte: {problem}");
            string? password = null;
            if (parse.GetValue(passwordEnv) is { } variable)
                password = Environment.GetEnvironmentVariable(variable)
                    ?? throw new CliException($"miljövariabeln {variable} är inte satt", ExitCodes.Usage);
            var record = Guard.Run(() =>
            {
                using var cert = ProtocolSigner.LoadCertificate(parse.GetValue(certOption)!, password);
                return new ProtocolSigner().Sign(pdf, cert, parse.GetValue(nameOption)!, parse.GetValue(roleOption), DateTimeOffset.Now);
            });
            stdout.WriteLine($"signerade {DisplayPath.For(pdf)} som {record.SignerName}{(record.Role is null ? "" : $" ({record.Role})")}");
            stdout.WriteLine($"signatur nr {record.Number}: {DisplayPath.For(record.SignaturePath)}");
            stdout.WriteLine($"certifikat: {record.CertificateSubject}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CreateVerify(TextWriter stdout, TextWriter stderr)
    {
        var pdfArg = new Argument<string>("protokoll.pdf") { Description = "Protokollet (PDF) vars signaturer ska kontrolleras" };
        var lockOption = LockOption();
        var command = new Command("verifiera", "Kontrollerar varje signatur på ett protokoll och att PDF:en är den justerade") { pdfArg, lockOption };
        command.SetAction(parse =>
        {
            var pdf = Path.GetFullPath(parse.GetValue(pdfArg)!);
            if (!File.Exists(pdf)) throw new CliException($"filen {DisplayPath.For(pdf)} finns inte");
            var report = Guard.Run(() => new ProtocolVerifier().Verify(pdf));
            foreach (var s in report.Signatures)
            {
                var status = s.IsValid ? "giltig" : "BRUTEN";
                var trust = s.IsChainTrusted ? "betrott certifikat" : "certifikatet är inte betrott på den här datorn";
                stdout.WriteLine($"{s.Number}. {s.SignerName}{(s.Role is null ? "" : $" ({s.Role})")}: {status}");
                stdout.WriteLine($"   certifikat: {s.CertificateSubject ?? "okänt"} ({trust})");
                stdout.WriteLine($"   tid: {(s.SigningTime is { } t ? t.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss") : "okänd")}");
                if (s.Problem is not null) stdout.WriteLine($"   problem: {s.Problem}");
            }
            stdout.WriteLine(report.Summary + ".");
            var lockPath = parse.GetValue(lockOption) ?? LockVerification.DefaultLockPath(pdf);
            var lockProblem = LockVerification.Check(pdf, lockPath);
            stdout.WriteLine(lockProblem is null ? "Filen är det justerade protokollet enligt låsfilen." : $"Låsfilen: {lockProblem}.");
            if (!report.AllValid || lockProblem is not null)
            {
                stderr.WriteLine(!report.HasSignatures ? "boarddocs: protokollet saknar signaturer"
                    : !report.AllValid ? "boarddocs: minst en signatur är bruten"
                    : "boarddocs: filen stämmer inte med låsfilen");
                return ExitCodes.ContentError;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> LockOption() => new("--lås")
    {
        Description = "Låsfilen för det justerade protokollet (standard: protokoll.lock bredvid PDF:en)",
        HelpName = "fil",
    };
}
