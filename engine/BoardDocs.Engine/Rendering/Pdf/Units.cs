namespace BoardDocs.Engine.Rendering.Pdf;

/// <summary>Unit conversion; the layout works in PDF points (1/72 inch).</summary>
internal static class Units
{
    /// <summary>Millimetres to points.</summary>
    public static double Mm(double mm) => mm * 72.0 / 25.4;
}
