namespace BoardDocs.Engine.Content;

/// <summary>The keys of the authoring format (shared/spec/content-format.md), plus our documented optional additions.</summary>
internal static class Keys
{
    public static readonly string[] Organ =
        ["namn", "kortnamn", "paragrafnumrering", "anslagstavla", "förvaringsplats", "sekreterare", "ledamöter", "anslag_underskrift", "typsnitt"];
    public static readonly string[] Fonts = ["brödtext", "rubriker", "mappar"];
    public static readonly string[] Member = ["namn", "roll"];
    public static readonly string[] Meeting =
        ["datum", "tid", "plats", "sekreterare", "första_paragraf", "närvaro", "justering", "ärenden", "rättelser"];
    public static readonly string[] Time = ["start", "slut"];
    public static readonly string[] Attendance = ["beslutande", "ersättare", "övriga"];
    public static readonly string[] VotingMember = ["namn", "tjänstgör_för"];
    public static readonly string[] Other = ["namn", "titel"];
    public static readonly string[] Adjustment = ["justerare", "plats", "senast", "justerad", "anslagen"];
    public static readonly string[] Item =
    [
        "rubrik", "typ", "diarienummer", "handläggare", "bilagor", "beredning", "förslag", "beslut", "yrkanden",
        "omröstning", "reservationer", "jäv", "protokollsanteckning", "omedelbart_justerad", "expedieras", "punkter",
        "anslagen",
    ];
    public static readonly string[] Attachment = ["fil", "titel"];
    public static readonly string[] Motion = ["av", "text"];
    public static readonly string[] Vote = ["ja", "nej", "avstår"];
    public static readonly string[] Reservation = ["av", "text", "skriftlig"];
    public static readonly string[] SubItem = ["rubrik", "text", "bilagor", "förslag", "beslut"];
    public static readonly string[] Correction = ["vad", "av", "datum", "paragraf"];
    public static readonly string[] ItemTypes = ["beslut", "information", "val_av_justerare"];
    public static readonly string[] NumberingRules = ["löpande", "per_år"];
}
