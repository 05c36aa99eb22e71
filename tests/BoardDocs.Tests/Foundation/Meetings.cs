namespace BoardDocs.Tests.Foundation;

/// <summary>Small meeting files for the foundation tests. Line numbers matter: tests assert them.</summary>
internal static class Meetings
{
    /// <summary>A complete, justerad protocol of 2015-03-05 with two items; valid against <see cref="TempContent.StandardOrgan"/>.</summary>
    public const string Protocol = """
        datum: 2015-03-05
        tid: { start: "09:00", slut: "12:00" }
        plats: Kommunkontoret, Norsjö
        första_paragraf: 1
        närvaro:
          beslutande: [Bertil Almgren, Anna Viklund, Kenneth Andersson, Mikael Lindfors]
          ersättare: [Carolina Marklund]
        justering:
          justerare: [Anna Viklund]
          justerad: 2015-03-10
        ärenden:
          - rubrik: Val av justerare
            typ: val_av_justerare
            beslut: [utse Anna Viklund]
          - rubrik: Budget 2016
            förslag: [fastställa budgeten]
            beslut: [fastställa budgeten]

        """;

    /// <summary>A kallelse (no närvaro, no beslut) of 2015-03-05 with two items.</summary>
    public const string Kallelse = """
        datum: 2015-03-05
        tid: { start: "09:00" }
        plats: Kommunkontoret, Norsjö
        ärenden:
          - rubrik: Val av justerare
            typ: val_av_justerare
          - rubrik: Budget 2016
            förslag: [fastställa budgeten]

        """;

    /// <summary>A minimal protocol of <paramref name="date"/> with <paramref name="items"/> decision items.</summary>
    public static string MinimalProtocol(string date, int items, int? firstParagraph = null)
    {
        var text = $"datum: {date}\ntid: {{ start: \"09:00\" }}\nplats: Kommunkontoret\n";
        if (firstParagraph is { } p) text += $"första_paragraf: {p}\n";
        text += "närvaro:\n  beslutande: [Bertil Almgren, Anna Viklund, Kenneth Andersson]\närenden:\n";
        for (var i = 1; i <= items; i++)
            text += $"  - rubrik: Ärende {i}\n    beslut: [besluta {i}]\n";
        return text;
    }

    /// <summary>A minimal kallelse of <paramref name="date"/> with <paramref name="items"/> items.</summary>
    public static string MinimalKallelse(string date, int items)
    {
        var text = $"datum: {date}\ntid: {{ start: \"09:00\" }}\nplats: Kommunkontoret\närenden:\n";
        for (var i = 1; i <= items; i++)
            text += $"  - rubrik: Ärende {i}\n    förslag: [besluta {i}]\n";
        return text;
    }
}
