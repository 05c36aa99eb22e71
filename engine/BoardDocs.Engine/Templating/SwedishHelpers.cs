using System.Globalization;
using HandlebarsDotNet;

namespace BoardDocs.Engine.Templating;

/// <summary>
/// Template helpers for Swedish formatting: <c>{{kort_datum d}}</c>, <c>{{langt_datum d}}</c>,
/// <c>{{klockslag t}}</c>, <c>{{belopp n}}</c>, <c>{{ord n}}</c>, <c>{{versal s}}</c>, <c>{{escape s}}</c>,
/// <c>{{br}}</c> (hard line break), <c>{{rader list}}</c> (items on separate lines) and
/// <c>{{slutpunkt s}}</c> ("." unless <c>s</c> already ends with . ! ? : ; or …, to end a run-in heading).
/// Dates are accepted as DateOnly or "YYYY-MM-DD"; times as TimeOnly or "HH:MM".
/// </summary>
public static class SwedishHelpers
{
    /// <summary>Registers all helpers.</summary>
    public static void Register(IHandlebars hb)
    {
        hb.RegisterHelper("kort_datum", (_, args) => ToDate(args, "kort_datum") is { } d ? SwedishFormat.Date(d) : "");
        hb.RegisterHelper("langt_datum", (_, args) => ToDate(args, "langt_datum") is { } d ? SwedishFormat.LongDate(d) : "");
        hb.RegisterHelper("klockslag", (_, args) => ToTime(args) is { } t ? SwedishFormat.Time(t) : "");
        hb.RegisterHelper("belopp", (_, args) => SwedishFormat.Amount(ToDecimal(args, "belopp")));
        hb.RegisterHelper("ord", (_, args) => SwedishFormat.Words((int)ToDecimal(args, "ord")));
        hb.RegisterHelper("versal", (_, args) => SwedishFormat.Capitalize(Arg(args, "versal")?.ToString() ?? ""));
        hb.RegisterHelper("slutpunkt", (_, args) => Arg(args, "slutpunkt")?.ToString()?.TrimEnd() is { Length: > 0 } s && ".!?:;…".Contains(s[^1]) ? "" : ".");
        hb.RegisterHelper("escape", (_, args) => MarkdownEscaper.Escape(Arg(args, "escape")?.ToString()));
        // Markdown hard line break; "\{{" would be read by Handlebars as an escaped mustache.
        hb.RegisterHelper("br", (_, _) => "\\");
        hb.RegisterHelper("rader", (_, args) => Arg(args, "rader") is System.Collections.IEnumerable items and not string
            ? string.Join("\\\n", items.Cast<object?>().Select(i => i?.ToString() ?? ""))
            : Arg(args, "rader")?.ToString() ?? "");
    }

    private static object? Arg(Arguments args, string helper)
    {
        if (args.Length != 1) throw new HandlebarsException($"'{helper}' tar ett argument, fick {args.Length}");
        return args[0];
    }

    private static DateOnly? ToDate(Arguments args, string helper) => Arg(args, helper) switch
    {
        null => null,
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        var other => throw new HandlebarsException($"'{helper}' fick '{other}', som inte är ett datum"),
    };

    private static TimeOnly? ToTime(Arguments args) => Arg(args, "klockslag") switch
    {
        null => null,
        TimeOnly t => t,
        string s when TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t,
        var other => throw new HandlebarsException($"'klockslag' fick '{other}', som inte är en tid"),
    };

    private static decimal ToDecimal(Arguments args, string helper) => Arg(args, helper) switch
    {
        int i => i,
        long l => l,
        decimal m => m,
        double d => (decimal)d,
        string s when decimal.TryParse(s.Replace(" ", "").Replace("\u00A0", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) => m,
        var other => throw new HandlebarsException($"'{helper}' fick '{other}', som inte är ett tal"),
    };
}
