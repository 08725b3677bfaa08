using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Tests.Workload;

/// <summary>Builds engineer plans in weeks relative to a fixed current week, 2026-W48 (Monday 23 Nov 2026).</summary>
internal sealed class PlanBuilder
{
    public static readonly IsoWeek Now = new(2026, 48);

    private readonly List<ProjectPlan> _projects = [];
    private readonly List<LoggedHours> _logs = [];
    private readonly List<SideCommitment> _side = [];
    private double _capacity = 40;

    public static DateOnly Monday(int week) => Now.AddWeeks(week).Monday;

    public static DateOnly Sunday(int week) => Now.AddWeeks(week).Sunday;

    public static PhasePlan Phase(PhaseKind kind, int fromWeek, int toWeek, double? share = null, bool tentative = false, params PeriodPlan[] periods) =>
        new(0, kind, Monday(fromWeek), Sunday(toWeek), share, tentative, periods);

    public static PeriodPlan Period(string label, int fromWeek, int toWeek, double? share = null) => new(label, Monday(fromWeek), Sunday(toWeek), share);

    /// <summary>A phase over explicit days (not whole weeks).</summary>
    public static PhasePlan PhaseOn(PhaseKind kind, DateOnly start, DateOnly end, double? share = null, params PeriodPlan[] periods) =>
        new(0, kind, start, end, share, false, periods);

    public PlanBuilder Capacity(double hours)
    {
        _capacity = hours;
        return this;
    }

    public PlanBuilder Project(string name, double allocation, params PhasePlan[] phases)
    {
        _projects.Add(new ProjectPlan(_projects.Count + 1, name, allocation, phases));
        return this;
    }

    /// <summary>A project on hold, done, cancelled or archived: it counts nothing from the current week on.</summary>
    public PlanBuilder StoppedProject(string name, double allocation, params PhasePlan[] phases)
    {
        _projects.Add(new ProjectPlan(_projects.Count + 1, name, allocation, phases, CountsAhead: false));
        return this;
    }

    public PlanBuilder Logged(int week, PhaseKind kind, double hours, string? project = null)
    {
        _logs.Add(new LoggedHours(Now.AddWeeks(week), kind, hours, project));
        return this;
    }

    public PlanBuilder Side(string title, int fromWeek, int toWeek, double hoursPerWeek)
    {
        _side.Add(new SideCommitment(title, Monday(fromWeek), Sunday(toWeek), hoursPerWeek));
        return this;
    }

    public PlanBuilder SideOn(string title, DateOnly start, DateOnly end, double hoursPerWeek)
    {
        _side.Add(new SideCommitment(title, start, end, hoursPerWeek));
        return this;
    }

    public EngineerPlan Build() => new(1, _capacity, _projects, _logs, _side);

    /// <summary>Computes from <paramref name="pastWeeks"/> back through the horizon of <paramref name="rules"/>.</summary>
    public EngineerWorkload Compute(WorkloadRules? rules = null, int pastWeeks = 4) =>
        WorkloadCalculator.ForHorizon(rules ?? WorkloadRules.Default, Now, pastWeeks).Compute(Build());
}
