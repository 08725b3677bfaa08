using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>A team the caller may open: a lead's own team, or any team for an admin.</summary>
public sealed record TeamChoice(int Id, string Name);

/// <summary>The teams the caller may open or create projects in, and the one to start from: their own, or the first for an admin without a team.</summary>
public sealed record TeamChoices(IReadOnlyList<TeamChoice> Teams, int? Default)
{
    public static TeamChoices None { get; } = new([], null);
}

/// <summary>A member of a team: engineer id, name, weekly capacity (hours per ISO week) and whether they lead the team.</summary>
public sealed record TeamMember(int EngineerId, string Name, double CapacityHours, bool IsLead);

/// <summary>
/// One member's weeks from the workload engine with every week explained (the same figures as My workload),
/// the side activities that count as their load, and — when a project or phase-kind filter is set — the plan
/// of the past weeks on its own (no logs), so planned and logged can be compared for the filtered part.
/// </summary>
public sealed record TeamMemberLoad(TeamMember Member, EngineerWorkload Workload, IReadOnlyList<SideCommitment> SideActivities, EngineerWorkload? PlannedPast);

/// <summary>Hours a member logged in an ISO week on a phase kind of a project.</summary>
public sealed record ProjectKindHours(int EngineerId, IsoWeek Week, int ProjectId, PhaseKind Kind, double Hours);

/// <summary>One person's outcomes this quarter and this year.</summary>
public sealed record MemberOutcome(TeamMember Member, Outcome Quarter, Outcome Year);

/// <summary>The team's outcomes: the periods, per person, and the totals.</summary>
public sealed record TeamOutcomes(DateRange Quarter, DateRange Year, IReadOnlyList<MemberOutcome> People, Outcome QuarterTotal, Outcome YearTotal);

/// <summary>
/// Everything the team page shows, as the services computed it: the team, the filter in force (with its
/// weeks resolved), the members' weeks and windows, the team's projects, logged hours by project (when a
/// project filter is set), the team-activity chances and the outcomes.
/// </summary>
public sealed record TeamView(
    TeamChoice Team,
    IReadOnlyList<TeamChoice> Choices,
    TeamFilter Filter,
    IsoWeek CurrentWeek,
    DateOnly Today,
    WorkloadRules Rules,
    IReadOnlyList<TeamMemberLoad> Members,
    IReadOnlyList<Project> Projects,
    Share MonitoringShare,
    IReadOnlyList<ProjectKindHours> Logged,
    IReadOnlyList<TeamChance> Chances,
    TeamOutcomes Outcomes)
{
    /// <summary>The weeks shown, from the filter's first to its last.</summary>
    public IReadOnlyList<IsoWeek> Weeks { get; } =
        [.. Enumerable.Range(0, Filter.From!.Value.WeeksUntil(Filter.To!.Value) + 1).Select(i => Filter.From!.Value.AddWeeks(i))];

    public string ProjectName(int projectId) => Projects.FirstOrDefault(p => p.Id == projectId)?.Name ?? string.Empty;
}
