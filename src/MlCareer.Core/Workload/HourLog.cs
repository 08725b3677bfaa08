using MlCareer.Core.Common;

namespace MlCareer.Core.Workload;

/// <summary>Hours an engineer actually spent on one phase in one ISO week.</summary>
public sealed class HourLog : IVersioned
{
    private Hours _hours;
    private string? _note;

    public int Id { get; set; }

    public int EngineerId { get; set; }

    public int PhaseId { get; set; }

    public IsoWeek Week { get; set; }

    /// <summary>Given when the week is first logged; changed only through <see cref="TryCorrect"/>.</summary>
    public Hours Hours { get => _hours; init => _hours = value; }

    /// <summary>Given when the week is first logged; changed only through <see cref="TryCorrect"/>.</summary>
    public string? Note { get => _note; init => _note = value; }

    public Guid Version { get; set; }

    /// <summary>Corrects the week's hours and note, or returns the first rule of a row they break (<see cref="TimesheetRules.CheckRow"/>) and keeps the old ones.</summary>
    public RuleViolation? TryCorrect(double hours, string? note)
    {
        if (TimesheetRules.CheckRow(hours, note).FirstOrDefault() is { } violation)
        {
            return violation;
        }

        (_hours, _note) = (new Hours(hours), note);
        return null;
    }
}
