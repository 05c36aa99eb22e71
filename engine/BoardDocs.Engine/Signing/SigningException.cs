namespace BoardDocs.Engine.Signing;

/// <summary>
/// Signing or verification could not be carried out. The message is Swedish and meant to be
/// shown to the user as is.
/// </summary>
public sealed class SigningException : Exception
{
    /// <summary>Creates the exception with a Swedish, user-facing message.</summary>
    public SigningException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a Swedish, user-facing message and its cause.</summary>
    public SigningException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
