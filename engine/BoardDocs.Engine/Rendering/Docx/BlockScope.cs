using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Where blocks are written: the width they have and what the surrounding table cell imposes.</summary>
/// <param name="Width">Available width in twips (text width, or a cell's width less its margins).</param>
/// <param name="DefaultAlignment">Alignment for paragraphs that do not override it (a cell's alignment).</param>
/// <param name="Bold">Every run bold (table header rows).</param>
internal sealed record BlockScope(int Width, Alignment DefaultAlignment = Alignment.Left, bool Bold = false);
