using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace BoardDocs.Engine.Templating;

/// <summary>
/// Handlebars templates that produce Markdown. Templates are looked up in the given folders in
/// order (an organisation's <c>mallar/</c> first, then the built-in <c>templates/</c>); files in a
/// <c>partials/</c> subfolder are partials. Strict: an unknown variable is an error naming the
/// template and line. Author text passed in the model is data: it is never compiled.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly IHandlebars _handlebars;
    private readonly Dictionary<string, (string Path, string Source)> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Loads templates from the folders, earlier folders winning.</summary>
    public TemplateSet(IEnumerable<string> folders)
    {
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
        });
        SwedishHelpers.Register(_handlebars);
        var partials = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var folder in folders.Reverse())
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "*.hbs"))
                _sources[Path.GetFileNameWithoutExtension(file)] = (file, File.ReadAllText(file));
            var partialDir = Path.Combine(folder, "partials");
            if (!Directory.Exists(partialDir)) continue;
            foreach (var file in Directory.GetFiles(partialDir, "*.hbs"))
                partials[Path.GetFileNameWithoutExtension(file)] = (file, File.ReadAllText(file));
        }
        foreach (var (name, (path, source)) in partials.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _sources["partials/" + name] = (path, source);
            try
            {
                _handlebars.RegisterTemplate(name, source);
            }
            catch (HandlebarsException e)
            {
                throw Locate("partials/" + name, e);
            }
        }
    }

    /// <summary>The built-in templates, overridden by an organ folder's <c>mallar/</c> when given.</summary>
    public static TemplateSet ForOrgan(string? organFolder)
    {
        var folders = new List<string>();
        if (organFolder is not null) folders.Add(Path.Combine(organFolder, "mallar"));
        folders.Add(TemplateLocator.BuiltInDirectory());
        return new TemplateSet(folders);
    }

    /// <summary>True when a template of that name (without .hbs) exists.</summary>
    public bool Has(string name) => _sources.ContainsKey(name);

    /// <summary>Renders a template to text (Markdown).</summary>
    public string Render(string name, object model)
    {
        HandlebarsTemplate<object, object> template;
        lock (_gate)
        {
            if (!_compiled.TryGetValue(name, out template!))
            {
                if (!_sources.TryGetValue(name, out var src))
                    throw new TemplateException(name + ".hbs", 0, "mallen finns inte");
                try
                {
                    template = _handlebars.Compile(src.Source);
                }
                catch (HandlebarsException e)
                {
                    throw Locate(name, e);
                }
                _compiled[name] = template;
            }
        }
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw Locate(name, e.Message);
        }
        catch (HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException e)
        {
            // Strict mode's unknown variable is not a HandlebarsException; without this it
            // escaped as an unexpected error instead of naming the template and line.
            throw Locate(name, $"{(string.IsNullOrEmpty(e.Path) ? e.MissingKey : e.Path)} is undefined");
        }
    }

    private TemplateException Locate(string name, HandlebarsException e) => Locate(name, e.Message);

    // Handlebars.Net reports neither template nor line; find the expression the message names
    // in the template (or one of its partials) so the user is pointed at the right line.
    private TemplateException Locate(string name, string message)
    {
        string? token = null;
        string swedish;
        var undefined = UndefinedPattern().Match(message);
        if (undefined.Success)
        {
            token = undefined.Groups[1].Value;
            swedish = $"variabeln '{token}' finns inte";
        }
        else
        {
            var quoted = QuotedPattern().Match(message);
            if (quoted.Success) token = quoted.Groups[1].Value;
            swedish = $"ogiltig mall ({message})";
        }
        var order = new[] { name }.Concat(_sources.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal)));
        if (token is not null)
        {
            foreach (var candidate in order)
            {
                if (!_sources.TryGetValue(candidate, out var src)) continue;
                var line = FindLine(src.Source, token);
                if (line > 0) return new TemplateException(Path.GetFileName(src.Path), line, swedish);
            }
        }
        var file = _sources.TryGetValue(name, out var s) ? Path.GetFileName(s.Path) : name + ".hbs";
        return new TemplateException(file, 0, swedish);
    }

    private static int FindLine(string source, string token)
    {
        var lines = source.Split('\n');
        var last = token.Split('.', '/').Last();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in ExpressionPattern().Matches(lines[i]))
            {
                var words = m.Groups[1].Value.Split([' ', '\t', '(', ')', '=', '"'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Any(w => w == token || w.TrimStart('#', '/', '^', '>', '.', '@').Split('.', '/').Contains(last) && w.Contains(token, StringComparison.Ordinal)))
                    return i + 1;
                if (m.Value.Contains(token, StringComparison.Ordinal)) return i + 1;
            }
        }
        return 0;
    }

    [GeneratedRegex(@"^(\S+) is undefined")]
    private static partial Regex UndefinedPattern();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"\{\{~?([^}]*)~?\}\}")]
    private static partial Regex ExpressionPattern();
}
