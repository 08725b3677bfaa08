using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>
/// The plans of a set of engineers read once by <see cref="WorkloadReader"/>, with the rules they were read under and
/// the first week whose logs were read: the calculators it builds start there, so every week they compute was read.
/// </summary>
public sealed class WorkloadPlans
{
    private readonly Dictionary<int, EngineerPlan> _byEngineer;

    internal WorkloadPlans(WorkloadRules rules, DateOnly today, IsoWeek from, IReadOnlyList<EngineerPlan> plans)
    {
        Rules = rules;
        Today = today;
        CurrentWeek = IsoWeek.FromDate(today);
        From = from;
        All = plans;
        _byEngineer = plans.ToDictionary(p => p.EngineerId);
    }

    public WorkloadRules Rules { get; }

    public DateOnly Today { get; }

    public IsoWeek CurrentWeek { get; }

    /// <summary>The first week read (never after the current one).</summary>
    public IsoWeek From { get; }

    /// <summary>Every plan read, one per engineer that exists.</summary>
    public IReadOnlyList<EngineerPlan> All { get; }

    /// <summary>The plan of <paramref name="engineerId"/>, who must be one of those read.</summary>
    public EngineerPlan Of(int engineerId) => _byEngineer[engineerId];

    /// <summary>From the first week read through the planning horizon: My workload's weeks and windows.</summary>
    public WorkloadCalculator Horizon() => WorkloadCalculator.ForHorizon(Rules, CurrentWeek, From.WeeksUntil(CurrentWeek));

    /// <summary>
    /// From the first week read through <paramref name="last"/>, or through the horizon when that ends later, so the
    /// windows found are those of the horizon whatever range is shown.
    /// </summary>
    public WorkloadCalculator Through(IsoWeek last)
    {
        var horizonEnd = CurrentWeek.AddWeeks(Rules.HorizonWeeks - 1);
        var end = last > horizonEnd ? last : horizonEnd;
        return new WorkloadCalculator(Rules, CurrentWeek, From, From.WeeksUntil(end) + 1);
    }

    /// <summary>The weeks read before the current one, to compute the plan of past weeks; null when none was read.</summary>
    public WorkloadCalculator? Past() => From < CurrentWeek ? new WorkloadCalculator(Rules, CurrentWeek, From, From.WeeksUntil(CurrentWeek)) : null;
}
