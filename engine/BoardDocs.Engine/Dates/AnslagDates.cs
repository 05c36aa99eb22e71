namespace BoardDocs.Engine.Dates;

/// <summary>
/// The dates printed on the anslag (notice on the official notice board) that a protocol
/// has been justerat.
/// </summary>
/// <param name="Anslag">Day the notice is put up; the appeal period runs from this day.</param>
/// <param name="LastAppealDay">Last day an appeal (laglighetsprövning) can reach the court.</param>
/// <param name="TakeDownAfter">
/// The notice stays up until the appeal time has run out: "Anslaget tas ner efter" this day.
/// </param>
public sealed record AnslagDates(DateOnly Anslag, DateOnly LastAppealDay, DateOnly TakeDownAfter);
