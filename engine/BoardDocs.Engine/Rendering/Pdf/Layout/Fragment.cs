using BoardDocs.Engine.Rendering.Pdf.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>The part of an element placed on one page, ready to draw.</summary>
internal abstract class Fragment
{
    /// <summary>Height on the page.</summary>
    public abstract double Height { get; }

    /// <summary>Distance from the top to the first baseline (list markers align to it); null if no text.</summary>
    public virtual double? FirstBaseline => null;

    /// <summary>Draws with the top-left corner at (<paramref name="x"/>, <paramref name="y"/>), points from the top-left of the page.</summary>
    public abstract void Draw(DrawContext dc, double x, double y, double width);
}
