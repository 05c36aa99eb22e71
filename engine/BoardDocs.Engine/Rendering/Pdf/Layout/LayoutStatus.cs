namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>How much of an element fits in the space offered.</summary>
internal enum LayoutStatus
{
    /// <summary>All of it.</summary>
    Fits,
    /// <summary>A leading part; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Nothing; the whole element moves to the next page.</summary>
    Wrap,
}
