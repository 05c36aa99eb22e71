using System.Text;

namespace BoardDocs.Bench;

/// <summary>Writes an organ folder with one justerat protocol of N §§ with realistic text lengths.</summary>
internal static class SyntheticContent
{
    private static readonly string[] Sentences =
    [
        "Förvaltningen har utrett frågan och redovisar ett förslag som bygger på nämndens tidigare beslut.",
        "Kostnaden beräknas till 733 333 kronor för perioden och ryms inom den ekonomiska ramen för året.",
        "Samverkan med Försäkringskassan, Arbetsförmedlingen, kommunen och regionen har pågått sedan 2014.",
        "Målgruppen är personer som står långt från arbetsmarknaden och har behov av stöd från flera myndigheter.",
        "Ärendet har beretts i lokala samverkansgruppen, som ställer sig bakom förslaget i sin helhet.",
        "Uppföljning sker två gånger per år med indikatorer för process och effekt enligt nationell modell.",
    ];

    public static string Write(string root, int paragraphs)
    {
        var organ = Path.Combine(root, $"syntet-{paragraphs}");
        Directory.CreateDirectory(Path.Combine(organ, "sammantraden"));
        File.WriteAllText(Path.Combine(organ, "organ.yaml"), """
            namn: Syntetiska nämnden
            kortnamn: Nämnden
            paragrafnumrering: löpande
            anslagstavla: kommunens digitala anslagstavla
            förvaringsplats: Kommunledningskontoret
            sekreterare: Sara Sekreterare
            ledamöter:
              - { namn: Olle Ordförande, roll: ordförande }
              - { namn: Vera Vice, roll: vice ordförande }
              - { namn: Lars Ledamot, roll: ledamot }
              - { namn: Eva Ersättare, roll: ersättare }
            """);
        var sb = new StringBuilder();
        sb.AppendLine("datum: 2024-11-14");
        sb.AppendLine("tid: { start: \"09:00\", slut: \"16:00\" }");
        sb.AppendLine("plats: Stadshuset, sammanträdesrum 1");
        sb.AppendLine("första_paragraf: 1");
        sb.AppendLine("närvaro:");
        sb.AppendLine("  beslutande: [Olle Ordförande, Vera Vice, Lars Ledamot]");
        sb.AppendLine("  ersättare: [Eva Ersättare]");
        sb.AppendLine("justering: { justerare: [Vera Vice], justerad: 2024-11-18 }");
        sb.AppendLine("ärenden:");
        for (var i = 0; i < paragraphs; i++)
        {
            sb.AppendLine($"  - rubrik: Ärende {i + 1} om samordnad rehabilitering och ekonomiskt bistånd");
            sb.AppendLine($"    diarienummer: \"{i + 1}/24\"");
            sb.AppendLine("    beredning: |");
            for (var p = 0; p < 3; p++)
            {
                sb.Append("      ");
                for (var s = 0; s < 3; s++) sb.Append(Sentences[(i + p + s) % Sentences.Length]).Append(' ');
                sb.AppendLine();
                sb.AppendLine();
            }
            sb.AppendLine("    beslut:");
            sb.AppendLine("      - godkänna förvaltningens redovisning av ärendet");
            if (i % 3 == 0) sb.AppendLine("      - uppdra åt förvaltningen att återrapportera till nämnden under 2025");
            if (i % 10 == 0)
            {
                sb.AppendLine("    yrkanden: [{ av: Lars Ledamot, text: avslag på förslaget }]");
                sb.AppendLine("    omröstning: { ja: [Olle Ordförande, Vera Vice], nej: [Lars Ledamot], avstår: [] }");
                sb.AppendLine("    reservationer: [{ av: Lars Ledamot, text: till förmån för eget yrkande }]");
            }
        }
        File.WriteAllText(Path.Combine(organ, "sammantraden", "2024-11-14.yaml"), sb.ToString());
        return organ;
    }
}
