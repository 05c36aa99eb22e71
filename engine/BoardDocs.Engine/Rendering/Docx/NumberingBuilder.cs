using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

using Numbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

/// <summary>
/// The numbering part: one bullet and one decimal definition; every ordered list gets its own
/// numbering instance so that it restarts at its own start value, all bullet lists share one.
/// Definitions imported from a reference document keep their ids; ours are numbered after them.
/// </summary>
internal sealed class NumberingBuilder
{
    /// <summary>Indentation per list level in twips (7.5 mm).</summary>
    public const int IndentStep = 425;

    private const int Levels = 9;
    private static readonly string[] Bullets = ["•", "–", "▪"];
    private static readonly (NumberFormatValues Format, string Suffix)[] Ordered =
        [(NumberFormatValues.Decimal, "."), (NumberFormatValues.LowerLetter, ")"), (NumberFormatValues.LowerRoman, ".")];

    private readonly List<AbstractNum> importedAbstract = new();
    private readonly List<NumberingInstance> importedInstances = new();
    private readonly List<NumberingInstance> instances = new();
    private int firstAbstractId = 1;
    private int nextNumId = 1;
    private int? bulletNumId;

    /// <summary>True when anything has to be written.</summary>
    public bool IsEmpty => instances.Count == 0 && importedInstances.Count == 0 && importedAbstract.Count == 0;

    private int BulletAbstractId => firstAbstractId;
    private int DecimalAbstractId => firstAbstractId + 1;

    /// <summary>Takes over a reference document's definitions, which its styles may point to (numbered headings).</summary>
    public void Import(Numbering reference)
    {
        foreach (var abstractNum in reference.Elements<AbstractNum>())
        {
            var copy = (AbstractNum)abstractNum.CloneNode(true);
            // Picture bullets live in image parts we do not copy; the level's text bullet remains.
            foreach (var picture in copy.Descendants<LevelPictureBulletId>().ToList())
            {
                picture.Remove();
            }
            importedAbstract.Add(copy);
        }
        importedInstances.AddRange(reference.Elements<NumberingInstance>().Select(n => (NumberingInstance)n.CloneNode(true)));
        firstAbstractId = importedAbstract.Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        nextNumId = importedInstances.Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
    }

    /// <summary>The numId for a bullet list.</summary>
    public int Bullet()
    {
        if (bulletNumId is null)
        {
            bulletNumId = Add(BulletAbstractId, level: null, start: 1);
        }
        return bulletNumId.Value;
    }

    /// <summary>A fresh numId for an ordered list at <paramref name="level"/> starting at <paramref name="start"/>.</summary>
    public int Decimal(int level, int start) => Add(DecimalAbstractId, level, Math.Max(start, 0));

    /// <summary>Left indent of list text at a level.</summary>
    public static int TextIndent(int level) => IndentStep * (level + 1);

    public Numbering Build()
    {
        var numbering = new Numbering();
        foreach (var a in importedAbstract)
        {
            numbering.Append(a);
        }
        numbering.Append(BulletDefinition(), DecimalDefinition());
        foreach (var n in importedInstances.Concat(instances))
        {
            numbering.Append(n);
        }
        return numbering;
    }

    private int Add(int abstractId, int? level, int start)
    {
        var id = nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (level is not null)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level.Value });
        }
        instances.Add(instance);
        return id;
    }

    private AbstractNum BulletDefinition()
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = BulletAbstractId };
        for (var level = 0; level < Levels; level++)
        {
            definition.Append(Level(level, NumberFormatValues.Bullet, Bullets[level % Bullets.Length]));
        }
        return definition;
    }

    private AbstractNum DecimalDefinition()
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = DecimalAbstractId };
        for (var level = 0; level < Levels; level++)
        {
            var (format, suffix) = Ordered[level % Ordered.Length];
            definition.Append(Level(level, format, $"%{level + 1}{suffix}"));
        }
        return definition;
    }

    private static Level Level(int level, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(
            new Indentation { Left = Twips.Str(TextIndent(level)), Hanging = Twips.Str(IndentStep) }))
    {
        LevelIndex = level,
    };
}
