namespace MlCareer.Core.Projects;

/// <summary>Recording phase transitions as they happen: "start phase" and "finish phase" set today's date.</summary>
public static class PhaseProgress
{
    /// <summary>Starts the phase today. A phase already started keeps its start date.</summary>
    public static void Start(this Phase phase, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phase);
        if (phase.ActualStart is null)
        {
            phase.Record(today, phase.ActualEnd is { } end && end < today ? null : phase.ActualEnd);
        }

        phase.Status = PhaseStatus.Active;
    }

    /// <summary>
    /// Finishes the phase today. A phase never started is taken to have started as planned, or today
    /// when that is later; the end cannot fall before the start.
    /// </summary>
    public static bool TryFinish(this Phase phase, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var start = phase.ActualStart ?? (phase.PlannedStart <= today ? phase.PlannedStart : today);
        if (today < start)
        {
            return false;
        }

        phase.Record(start, today);
        phase.Status = PhaseStatus.Done;
        return true;
    }
}
