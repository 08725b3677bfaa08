using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// Builds the engine's input from the workload engine's output and the engineer's profile: the one
/// place that knows both, so a change to the workload engine is absorbed here.
/// </summary>
public static class SuggestionInputs
{
    /// <summary>
    /// A workload calculator for suggestions: from the current week over the horizon and then over the longest
    /// commitment of the catalog, so that a year-long cohort is checked until it ends. Windows are still looked
    /// for in the horizon only.
    /// </summary>
    public static WorkloadCalculator Calculator(WorkloadRules rules, IsoWeek currentWeek, IEnumerable<SideActivity> catalog)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(catalog);
        var longest = catalog.Select(a => a.Commitment.Weeks ?? 0).DefaultIfEmpty(0).Max();
        return new WorkloadCalculator(rules, currentWeek, currentWeek, Math.Max(1, rules.HorizonWeeks + longest));
    }

    /// <summary>The profile's facts: budget, likes and dislikes, skills held and to learn, home industry, minimum rate.</summary>
    public static EngineerFacts Facts(EngineerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new EngineerFacts(
            profile.Id,
            profile.SideActivityBudgetHours.Value,
            profile.Interests,
            profile.Dislikes,
            profile.Skills,
            profile.SkillsToLearn,
            profile.HomeIndustry,
            profile.MinimumFreelanceRate);
    }

    /// <summary>
    /// The workload's windows, each with its weeks that rest on a monitoring-only period (a training run
    /// or another period whose share is at most the low-week threshold), named by the period in force.
    /// </summary>
    public static IReadOnlyList<SuggestionWindow> Windows(EngineerWorkload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return [.. workload.Windows.Select(window => new SuggestionWindow(
            window.Start,
            window.End,
            window.MinFreeHours,
            window.AverageFreeHours,
            [.. workload.Weeks
                .Where(w => w.Week >= window.Start && w.Week <= window.End && w.RestsOnMonitoring)
                .SelectMany(w => w.Causes.Where(c => c.PeriodLabel is not null).Take(1)
                    .Select(c => new MonitoringWeek(w.Week, c.ProjectName ?? "", c.PeriodLabel!)))],
            window.Confidence))];
    }

    /// <summary>The plan from <paramref name="from"/> (the current week) to the last computed week.</summary>
    public static IReadOnlyList<PlanWeek> Weeks(EngineerWorkload workload, IsoWeek from)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return [.. workload.Weeks.Where(w => w.Week >= from).Select(w => new PlanWeek(w.Week, w.CapacityHours, w.LoadHours, w.SideHours))];
    }

    /// <summary>A teammate's windows, to set beside the engineer's.</summary>
    public static IEnumerable<TeammateWindow> TeammateWindows(int engineerId, string name, EngineerWorkload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Windows.Select(w => new TeammateWindow(engineerId, name, w.Start, w.End));
    }
}
