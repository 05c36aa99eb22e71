namespace BoardDocs.Engine.Templating;

/// <summary>The meeting cannot produce the requested document yet; the message says what is missing (Swedish).</summary>
public sealed class DocumentNotAvailableException(string message) : Exception(message);
