namespace BoardDocs.Engine.Model;

/// <summary>How § numbers run across meetings.</summary>
public enum ParagraphNumberingRule
{
    /// <summary>löpande: never resets.</summary>
    Continuous,
    /// <summary>per_år: restarts at 1 with the first meeting of each calendar year.</summary>
    PerYear,
}
