using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// The hard filters, shared by ranking and by re-checking an engineer's choice. Each adds its failure
/// to <c>failures</c> when given one (to report them all), and otherwise stops at the first.
/// </summary>
internal static class HardFilters
{
    public const double Epsilon = 1e-9;

    /// <summary>Archived, a disliked kind, or freelancing below the minimum rate: nothing about the window matters.</summary>
    public static bool Activity(CatalogEntry entry, EngineerContext engineer, List<SuggestionFailure>? failures)
    {
        var activity = entry.Activity;
        var ok = true;
        if (activity.IsArchived)
        {
            ok = Fail(failures, new(SuggestionFilter.Archived));
        }

        if ((ok || failures is not null) && engineer.Dislikes.Contains(activity.Kind))
        {
            ok = Fail(failures, new(SuggestionFilter.DislikedKind) { ActivityKind = activity.Kind });
        }

        if ((ok || failures is not null) && activity.Kind == ActivityKind.Freelancing && engineer.Facts.MinimumFreelanceRate is { } minimum)
        {
            ok &= Rate(entry.HourlyRate, minimum, failures);
        }

        return ok;
    }

    /// <summary>
    /// No freelancing below the minimum rate. Amounts in another currency cannot be compared without
    /// exchange rates, so such work is filtered out rather than risk suggesting it below the minimum.
    /// </summary>
    public static bool Rate(Money? rate, Money minimum, List<SuggestionFailure>? failures)
    {
        if (rate is not null && rate.Currency != minimum.Currency)
        {
            return Fail(failures, new(SuggestionFilter.RateInOtherCurrency) { Amount = rate, Minimum = minimum });
        }

        return (rate?.Amount ?? 0) >= minimum.Amount
            || Fail(failures, new(SuggestionFilter.BelowMinimumRate) { Amount = rate, Minimum = minimum });
    }

    /// <summary>A team activity needs a teammate whose window shares at least the team overlap with this one.</summary>
    public static bool Team(SideActivity activity, WindowContext window, SuggestionRules rules, List<SuggestionFailure>? failures) =>
        !activity.NeedsTeam || window.Teammates.Count > 0
        || Fail(failures, new(SuggestionFilter.NoTeammate) { Weeks = rules.TeamOverlapWeeks });

    /// <summary>Worth starting: at least the activity's fewest weeks from its start to the window's end.</summary>
    public static bool Length(SideActivity activity, WindowContext window, int startDay, List<SuggestionFailure>? failures)
    {
        var left = (window.EndDay - startDay + 1) / 7;
        return left >= activity.MinWeeks
            || Fail(failures, new(SuggestionFilter.WindowTooShort) { Weeks = activity.MinWeeks, OfWeeks = Math.Max(0, left) });
    }

    /// <summary>The hours fit every week of the window: its least free hours, and the budget left.</summary>
    public static bool InWindow(double hours, WindowContext window, List<SuggestionFailure>? failures)
    {
        var ok = hours <= window.Window.MinFreeHours + Epsilon
            || Fail(failures, new(SuggestionFilter.OverFreeHours) { Hours = hours, MaxHours = window.Window.MinFreeHours });
        if (ok || failures is not null)
        {
            ok &= hours <= window.BudgetLeft + Epsilon
                || Fail(failures, new(SuggestionFilter.OverBudget) { Hours = hours, MaxHours = window.BudgetLeft, Week = window.Window.Start });
        }

        return ok;
    }

    /// <summary>
    /// A week after the window that the commitment still runs in: the load with its hours stays within
    /// capacity, and the side hours within the budget.
    /// </summary>
    public static bool BeyondWindow(PlanWeek week, double hours, double budget, List<SuggestionFailure>? failures)
    {
        var ok = week.LoadHours + hours <= week.CapacityHours + Epsilon
            || Fail(failures, new(SuggestionFilter.OverCapacity) { Week = week.Week, Hours = week.LoadHours + hours, MaxHours = week.CapacityHours });
        if (ok || failures is not null)
        {
            ok &= week.SideHours + hours <= budget + Epsilon
                || Fail(failures, new(SuggestionFilter.OverBudget) { Week = week.Week, Hours = hours, MaxHours = Math.Max(0, budget - week.SideHours) });
        }

        return ok;
    }

    /// <summary>The most hours a week after the window leaves for the commitment: room under capacity and under the budget.</summary>
    public static double Room(PlanWeek week, double budget) => Math.Min(week.CapacityHours - week.LoadHours, budget - week.SideHours);

    private static bool Fail(List<SuggestionFailure>? failures, SuggestionFailure failure)
    {
        failures?.Add(failure);
        return false;
    }
}
