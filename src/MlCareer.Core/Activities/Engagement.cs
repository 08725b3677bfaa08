using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// A side activity an engineer has taken on: planned, active, done or dropped. Its hours per week
/// count as load from <see cref="Start"/> to <see cref="End"/>; when done it records what came of it.
/// </summary>
public sealed class Engagement : IVersioned
{
    public int Id { get; set; }

    public int EngineerId { get; set; }

    public int SideActivityId { get; set; }

    public EngagementStatus Status { get; set; } = EngagementStatus.Planned;

    public Hours HoursPerWeek { get; set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    /// <summary>Where the outcome can be seen: the article, the recorded talk, the leaderboard.</summary>
    public string? OutcomeLink { get; set; }

    public Money? MoneyEarned { get; set; }

    /// <summary>Final rank in a competition, when there was one.</summary>
    public int? CompetitionRank { get; set; }

    public string? OutcomeNote { get; set; }

    public Guid Version { get; set; }

    public void Schedule(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException("An activity cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }
}
