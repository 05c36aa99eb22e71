namespace BoardDocs.Engine.Documents;

/// <summary>
/// The running header of a Swedish municipal document: organ name at the left, the document
/// kind in the middle ("PROTOKOLL"), page "n (N)" at the right, and a second line (the meeting
/// date) under the page number.
/// </summary>
/// <param name="Left">Left text, usually the organ's full name.</param>
/// <param name="Center">Document kind in capitals, e.g. "PROTOKOLL".</param>
/// <param name="SubLine">Second line at the right, e.g. "2014-11-28"; null for none.</param>
/// <param name="ShowPageNumbers">Print "n (N)" (current page and total).</param>
public sealed record PageHeader(string Left, string Center, string? SubLine, bool ShowPageNumbers);
