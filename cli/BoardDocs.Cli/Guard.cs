using BoardDocs.Engine.Templating;

namespace BoardDocs.Cli;

/// <summary>Turns the engine's user-facing exceptions into <see cref="CliException"/>s.</summary>
internal static class Guard
{
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DocumentNotAvailableException e)
        {
            throw new CliException(e.Message);
        }
        catch (TemplateException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            throw new CliException(e.Message);
        }
    }

    // Engine exceptions whose messages are written for users (Swedish), matched by type name so
    // the CLI does not need to know every renderer's exception type.
    private static bool IsUserFacing(Exception e) => e.GetType().Name is "DocxReferenceException" or "PdfFontException" or "SigningException" or "JusteringLockException";
}
