namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>What a piece of paragraph text is to the line breaker.</summary>
internal enum PieceKind
{
    /// <summary>Letters without a break opportunity inside.</summary>
    Word,
    /// <summary>Breakable white space.</summary>
    Space,
    /// <summary>A tab: jump to the next tab stop.</summary>
    Tab,
    /// <summary>A forced line break.</summary>
    Break,
}
