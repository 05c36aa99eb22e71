namespace BoardDocs.Engine.Publishing;

/// <summary>A rendered file waiting to be written: all files are rendered before any is written.</summary>
/// <param name="Path">Target path.</param>
/// <param name="Bytes">Content.</param>
public sealed record PlannedFile(string Path, byte[] Bytes);
