using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>When phases and periods are in force, in ISO weeks.</summary>
public static class PhaseSchedule
{
    /// <summary>A phase is active in a week when its effective dates (actual, else planned) touch any day of it.</summary>
    public static bool IsActiveIn(this Phase phase, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return phase.EffectiveStart <= week.Sunday && phase.EffectiveEnd >= week.Monday;
    }

    public static bool IsActiveIn(this PhasePeriod period, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Start <= week.Sunday && period.End >= week.Monday;
    }

    /// <summary>The first and last ISO weeks a phase touches.</summary>
    public static (IsoWeek First, IsoWeek Last) Weeks(this Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return (IsoWeek.FromDate(phase.EffectiveStart), IsoWeek.FromDate(phase.EffectiveEnd));
    }
}
