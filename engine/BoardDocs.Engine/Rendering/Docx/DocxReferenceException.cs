namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>The reference .docx given in <see cref="DocxOptions.ReferenceDocxPath"/> is missing or unreadable.
/// The message is Swedish and meant for the user.</summary>
public sealed class DocxReferenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocxReferenceException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
