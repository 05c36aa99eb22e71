using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Complex fields (begin, instruction, separate, cached result, end), which Word and LibreOffice update on layout.</summary>
internal static class FieldRuns
{
    /// <summary>Runs for the field <paramref name="instruction"/> (e.g. "PAGE") showing <paramref name="cached"/> until updated.</summary>
    public static IEnumerable<Run> Create(string instruction, string cached, RunProperties? properties = null)
    {
        yield return WithProperties(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), properties);
        yield return WithProperties(new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }), properties);
        yield return WithProperties(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), properties);
        yield return WithProperties(new Run(new Text(cached)), properties);
        yield return WithProperties(new Run(new FieldChar { FieldCharType = FieldCharValues.End }), properties);
    }

    private static Run WithProperties(Run run, RunProperties? properties)
    {
        if (properties is not null)
        {
            run.PrependChild((RunProperties)properties.CloneNode(true));
        }
        return run;
    }
}
