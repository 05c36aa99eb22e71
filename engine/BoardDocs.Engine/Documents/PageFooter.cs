namespace BoardDocs.Engine.Documents;

/// <summary>
/// The running footer: a row of small labelled boxes to sign in by hand, e.g.
/// "Justering (sign)" and "Utdragsbestyrkande", and an optional line of plain text.
/// </summary>
/// <param name="Boxes">Labels of the boxes, left to right; empty for none.</param>
/// <param name="Text">Plain text under the boxes, or null.</param>
public sealed record PageFooter(IReadOnlyList<string> Boxes, string? Text = null);
