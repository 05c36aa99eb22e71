using BoardDocs.Engine.Content;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Templating;

namespace BoardDocs.Engine.Publishing;

/// <summary>A rendered file waiting to be written: all files are rendered before any is written.</summary>
/// <param name="Path">Target path.</param>
/// <param name="Bytes">Content.</param>
/// <param name="Content">The organ the document belongs to.</param>
/// <param name="Meeting">The meeting it was made from.</param>
/// <param name="Kind">Which document it is.</param>
public sealed record PlannedFile(string Path, byte[] Bytes, OrganContent? Content = null, Meeting? Meeting = null, DocumentKind? Kind = null);
