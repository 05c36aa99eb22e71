using System.Text.RegularExpressions;

namespace BoardDocs.Cli;

/// <summary>Swedish wording of System.CommandLine's (English-only) parse errors.</summary>
internal static partial class ParseErrorText
{
    public static string Translate(string message)
    {
        var m = Unrecognized().Match(message);
        if (m.Success) return $"okänt kommando eller argument '{m.Groups[1].Value}'";
        m = RequiredArgument().Match(message);
        if (m.Success) return $"ett argument saknas för kommandot '{m.Groups[1].Value}'";
        m = RequiredOption().Match(message);
        if (m.Success) return $"flaggan '{m.Groups[1].Value}' måste anges";
        m = CannotParse().Match(message);
        if (m.Success) return $"ogiltigt värde '{m.Groups[1].Value}' för '{m.Groups[2].Value}'";
        if (message.Contains("expects a single argument", StringComparison.Ordinal))
            return "en flagga fick för många värden";
        return $"felaktigt kommando ({message})";
    }

    [GeneratedRegex(@"Unrecognized command or argument '(.*)'")]
    private static partial Regex Unrecognized();
    [GeneratedRegex(@"Required argument missing for command: '(.*)'")]
    private static partial Regex RequiredArgument();
    [GeneratedRegex(@"Option '(.*)' is required")]
    private static partial Regex RequiredOption();
    [GeneratedRegex(@"Cannot parse argument '(.*)' for (?:option|command|argument) '(.*)'")]
    private static partial Regex CannotParse();
}
