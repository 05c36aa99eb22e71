namespace BoardDocs.Engine.Model;

/// <summary>typ of an ärende.</summary>
public enum ItemType
{
    /// <summary>beslut (default): needs förslag/beslut.</summary>
    Decision,
    /// <summary>information: no förslag/beslut needed.</summary>
    Information,
    /// <summary>val_av_justerare: the justerare come from justering.justerare.</summary>
    ElectionOfAdjusters,
}
