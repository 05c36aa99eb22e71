namespace BoardDocs.Engine.Validation;

/// <summary>"Did you mean …?" by edit distance, for misspelt keys and names.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a reasonable distance, or null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var folded = Fold(input);
        foreach (var candidate in candidates)
        {
            // Folding å/ä/ö makes "arenden" → "ärenden" a perfect match, the commonest typo of all.
            var d = Math.Min(Distance(input, candidate), Distance(folded, Fold(candidate)));
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }
        var limit = Math.Max(2, input.Length / 3);
        return best is not null && bestDistance <= limit && !string.Equals(best, input, StringComparison.Ordinal) ? best : null;
    }

    /// <summary>" — menade du 'x'?" or empty.</summary>
    public static string Hint(string input, IEnumerable<string> candidates)
    {
        var s = Closest(input, candidates);
        return s is null ? "" : $" — menade du '{s}'?";
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string Fold(string s) => s.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e');
}
