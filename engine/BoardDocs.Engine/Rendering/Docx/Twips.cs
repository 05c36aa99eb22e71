namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Unit conversions into WordprocessingML's units.</summary>
internal static class Twips
{
    /// <summary>Millimetres to twentieths of a point.</summary>
    public static int FromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    /// <summary>Points to twentieths of a point.</summary>
    public static int FromPt(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    /// <summary>Points to half-points (the unit of w:sz).</summary>
    public static string HalfPoints(double pt) =>
        ((int)Math.Round(pt * 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An integer as an attribute value, culture-independent.</summary>
    public static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
