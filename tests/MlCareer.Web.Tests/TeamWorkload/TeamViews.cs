using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.TeamWorkload;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>Team views built by hand from engine plans, computed as the service computes them, for shaping and component tests.</summary>
internal static class TeamViews
{
    public static readonly IsoWeek Current = new(2026, 48);

    public static DateOnly Today => Current.Monday.AddDays(2);

    /// <summary>A project with one phase of <paramref name="kind"/> over the weeks given (relative to <see cref="Current"/>), at the given share.</summary>
    public static ProjectPlan Project(int id, string name, double allocation, PhaseKind kind, int fromWeek, int toWeek, double? share = null) =>
        new(id, name, allocation, [new PhasePlan(id * 10, kind, Current.AddWeeks(fromWeek).Monday, Current.AddWeeks(toWeek).Sunday, share, false, [])]);

    public static EngineerPlan Plan(int id, IReadOnlyList<ProjectPlan> projects, IReadOnlyList<LoggedHours>? logs = null, IReadOnlyList<SideCommitment>? side = null, double capacity = 40) =>
        new(id, capacity, projects, logs ?? [], side ?? []);

    /// <summary>The view of <paramref name="plans"/> over <paramref name="pastWeeks"/> weeks back to <paramref name="aheadWeeks"/> ahead, with the default rules.</summary>
    public static TeamView View(IReadOnlyList<(string Name, EngineerPlan Plan)> plans, int pastWeeks = 2, int aheadWeeks = 6, TeamFilter? filter = null, IReadOnlyList<ProjectKindHours>? logged = null)
    {
        var rules = WorkloadRules.Default;
        var resolved = (filter ?? TeamFilter.Default) with { TeamId = 1, From = Current.AddWeeks(-pastWeeks), To = Current.AddWeeks(aheadWeeks - 1) };
        var first = resolved.From!.Value;
        var calculator = new WorkloadCalculator(rules, Current, first, first.WeeksUntil(Current.AddWeeks(rules.HorizonWeeks - 1)) + 1);
        var past = new WorkloadCalculator(rules, Current, first, pastWeeks);
        var members = plans.Select(p => new TeamMemberLoad(
            new TeamMember(p.Plan.EngineerId, p.Name, p.Plan.CapacityHours, false),
            calculator.Compute(p.Plan, explainEveryWeek: true),
            p.Plan.SideActivities,
            resolved.NarrowsPlan ? past.Compute(p.Plan with { Logs = [] }, explainEveryWeek: true) : null)).ToList();
        var chances = TeamChances.Find(members.SelectMany(m => m.Workload.Windows.Select(w => new MemberWindow(m.Member.EngineerId, m.Member.Name, w.Start, w.End))));
        var outcomes = new TeamOutcomes(Outcomes.QuarterOf(Today), Outcomes.YearOf(Today), [.. members.Select(m => new MemberOutcome(m.Member, Outcome.None, Outcome.None))], Outcome.None, Outcome.None);
        return new TeamView(new TeamChoice(1, "Team"), [new TeamChoice(1, "Team")], resolved, Current, Today, rules, members, [], new Share(0.15), logged ?? [], chances, outcomes);
    }
}
