using PdfSharp.Pdf;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>Builds the bookmark tree: each entry nests under the closest preceding entry of a lower level.</summary>
internal sealed class OutlineBuilder
{
    readonly PdfDocument _document;
    readonly Stack<(int Level, PdfOutline Outline)> _stack = new();

    /// <summary>Builds into <paramref name="document"/>'s outline.</summary>
    public OutlineBuilder(PdfDocument document) => _document = document;

    /// <summary>Adds an entry pointing at <paramref name="top"/> (points from the top edge) of <paramref name="page"/>.</summary>
    public void Add(int level, string title, PdfPage page, double left, double top)
    {
        while (_stack.Count > 0 && _stack.Peek().Level >= level)
            _stack.Pop();
        var parent = _stack.Count > 0 ? _stack.Peek().Outline.Outlines : _document.Outlines;
        var outline = parent.Add(title, page, opened: _stack.Count == 0);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Left = left;
        // PDF destinations count from the bottom edge.
        outline.Top = page.Height.Point - top;
        _stack.Push((level, outline));
    }
}
