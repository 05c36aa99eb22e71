using System.Globalization;
using BoardDocs.Engine.Validation;
using YamlDotNet.RepresentationModel;

namespace BoardDocs.Engine.Content;

/// <summary>
/// Reads one YAML mapping against a known set of keys: reports unknown keys with a suggestion,
/// and converts values with Swedish type errors at the value's own position.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly LoadContext _ctx;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    // Known keys that an unknown key was suggested as ("arenden" → "ärenden"): not reported missing again.
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public MappingReader(YamlMappingNode node, LoadContext ctx, IReadOnlyCollection<string> knownKeys)
    {
        _node = node;
        _ctx = ctx;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                ctx.Error(keyNode, "en nyckel måste vara text");
                continue;
            }
            if (!knownKeys.Contains(key))
            {
                ctx.Error(keyNode, $"okänd nyckel '{key}'{Suggestions.Hint(key, knownKeys)}");
                if (Suggestions.Closest(key, knownKeys) is { } suggestion) _suggested.Add(suggestion);
                continue;
            }
            _entries[key] = (scalarKey, value);
        }
    }

    public SourceSpan Span => _ctx.At(_node);

    public LoadContext Context => _ctx;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    public SourceSpan? ValueSpan(string key) => _entries.TryGetValue(key, out var e) ? _ctx.At(e.Value) : null;

    private void Missing(string key)
    {
        if (!_suggested.Contains(key)) _ctx.Diagnostics.Error(Span, $"nyckeln '{key}' saknas");
    }

    /// <summary>A scalar as text (null for absent, or empty/null scalars when not required).</summary>
    public Located<string>? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        var value = Scalar(node, key, "en text");
        if (value is null) return null;
        if (required && string.IsNullOrWhiteSpace(value))
        {
            _ctx.Error(node, $"'{key}' får inte vara tom");
            return null;
        }
        return string.IsNullOrEmpty(value) ? null : new Located<string>(value, _ctx.At(node));
    }

    public Located<DateOnly>? Date(string key, bool required = false)
    {
        var s = String(key, required);
        if (s is null) return null;
        if (DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new Located<DateOnly>(d, s.Span);
        _ctx.Diagnostics.Error(s.Span, $"ogiltigt datum '{s.Value}' i '{key}': skriv ÅÅÅÅ-MM-DD, t.ex. 2015-03-05");
        return null;
    }

    public Located<TimeOnly>? Time(string key, bool required = false)
    {
        var s = String(key, required);
        if (s is null) return null;
        if (TimeOnly.TryParseExact(s.Value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return new Located<TimeOnly>(t, s.Span);
        _ctx.Diagnostics.Error(s.Span, $"ogiltig tid '{s.Value}' i '{key}': skriv TT:MM, t.ex. \"09:00\"");
        return null;
    }

    public Located<int>? Int(string key, int min = int.MinValue)
    {
        var s = String(key);
        if (s is null) return null;
        if (int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= min)
            return new Located<int>(i, s.Span);
        _ctx.Diagnostics.Error(s.Span, min > int.MinValue
            ? $"'{key}' ska vara ett heltal från {min}, inte '{s.Value}'"
            : $"'{key}' ska vara ett heltal, inte '{s.Value}'");
        return null;
    }

    public bool Bool(string key)
    {
        var s = String(key);
        if (s is null) return false;
        switch (s.Value)
        {
            case "true": return true;
            case "false": return false;
            default:
                _ctx.Diagnostics.Error(s.Span, $"'{key}' ska vara true eller false, inte '{s.Value}'");
                return false;
        }
    }

    /// <summary>A mapping value, or null (after a type error when it is something else).</summary>
    public YamlMappingNode? Mapping(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlMappingNode m) return m;
        if (IsNull(node)) return null;
        _ctx.Error(node, $"fel typ för '{key}': förväntade ett avsnitt med nycklar, fick {Describe(node)}");
        return null;
    }

    /// <summary>Items of a list value; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<YamlNode>? Sequence(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        switch (node)
        {
            case YamlSequenceNode seq: return seq.Children.ToList();
            case YamlScalarNode when IsNull(node): return [];
            case YamlScalarNode: return [node];
            default:
                _ctx.Error(node, $"fel typ för '{key}': förväntade en lista, fick {Describe(node)}");
                return null;
        }
    }

    /// <summary>A list of plain strings (att-satser, names).</summary>
    public List<Located<string>>? StringList(string key, bool required = false)
    {
        var items = Sequence(key, required);
        if (items is null) return null;
        var result = new List<Located<string>>();
        foreach (var item in items)
        {
            var text = Scalar(item, key, "en text");
            if (text is null) continue;
            if (string.IsNullOrWhiteSpace(text))
            {
                _ctx.Error(item, $"tom rad i '{key}'");
                continue;
            }
            result.Add(new Located<string>(text, _ctx.At(item)));
        }
        return result;
    }

    /// <summary>The text of a scalar node, or null after a type error.</summary>
    public string? Scalar(YamlNode node, string key, string expected)
    {
        if (node is YamlScalarNode scalar)
            return IsNull(node) ? "" : scalar.Value ?? "";
        _ctx.Error(node, $"fel typ för '{key}': förväntade {expected}, fick {Describe(node)}");
        return null;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "ett avsnitt med nycklar",
        YamlSequenceNode => "en lista",
        YamlScalarNode s => $"texten '{s.Value}'",
        _ => "något okänt",
    };
}
