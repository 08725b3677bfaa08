using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// An entry of the side-activity catalog that admins curate. Hours are per ISO week; a recurring
/// commitment (a year-long mentoring cohort) runs for <see cref="CommitmentWeeks"/> and is
/// suggested only where the engineer's plan beyond the window allows it.
/// </summary>
public sealed class SideActivity : IVersioned
{
    public int Id { get; set; }

    /// <summary>A stable identifier such as <c>mentoring-cohort</c>, used by seeding.</summary>
    public required string Key { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Title { get; set; }

    public string? TitleZh { get; set; }

    public string? Description { get; set; }

    public string? DescriptionZh { get; set; }

    /// <summary>Typical hours per week the activity takes.</summary>
    public Hours HoursPerWeek { get; set; }

    /// <summary>The fewest weeks the activity needs to be worth starting.</summary>
    public int MinWeeks { get; set; } = 1;

    /// <summary>For a recurring commitment, how many weeks it lasts once started; otherwise null.</summary>
    public int? CommitmentWeeks { get; set; }

    /// <summary>Work that can stop and resume at short notice, a fit for monitoring-only weeks.</summary>
    public bool IsInterruptible { get; set; }

    /// <summary>Done with teammates (a team competition).</summary>
    public bool IsTeamActivity { get; set; }

    /// <summary>Typical pay per hour, when the activity pays.</summary>
    public Money? PayPerHour { get; set; }

    public List<string> Skills { get; set; } = [];

    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; }
}
