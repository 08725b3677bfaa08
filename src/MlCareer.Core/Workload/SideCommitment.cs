using MlCareer.Core.Activities;

namespace MlCareer.Core.Workload;

/// <summary>A side activity's hours per week, counted by working days over the dates it counts (see <see cref="Engagement.CountedDates"/>).</summary>
public sealed record SideCommitment(string Title, DateOnly Start, DateOnly End, double HoursPerWeek)
{
    /// <summary>The engagement as load, or null when it counts on no day (dropped before it started).</summary>
    public static SideCommitment? From(Engagement engagement, string title)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        return engagement.CountedDates is { } dates ? new SideCommitment(title, dates.Start, dates.End, engagement.HoursPerWeek.Value) : null;
    }
}
