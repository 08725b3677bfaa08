using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// Suggests catalog activities for an engineer's upcoming windows, ranked and explained, as the brief's
/// suggestion rules say. Pure and deterministic: the same input gives the same output, whatever the order
/// of the catalog. All hours are per ISO week.
/// </summary>
/// <remarks>
/// <para>Hard filters come first. An activity is left out when it is archived; of a kind the engineer
/// dislikes; freelancing below the engineer's minimum rate (per-piece pay spread over the hours a piece
/// takes; pay in another currency than the minimum cannot be compared without exchange rates and is left
/// out too); a team activity with no teammate free for at least two shared weeks; worth starting only in
/// more weeks than remain from its start to the window's end; or when its least hours exceed the window's
/// least free hours or the side-activity budget left. A fixed term or recurring commitment that outlasts
/// the window must leave every later week of the plan within capacity and budget, counting its hours,
/// until it ends or the plan does (the reason names the last week checked).</para>
/// <para>Then the score: interest in the kind, a skill to learn (or else one to deepen), an industry
/// other than the engineer's, pay per hour, variety against the recent side activities, interruptible
/// work in weeks that only monitor a training run, teammates free together for a team activity, and a
/// model-development or deployment phase to write up in the next window after it ends (when it ended in
/// the last 4 weeks, or ends at most 4 weeks before that window starts). Every point is shown by a reason.
/// Equal scores are ordered by catalog key.</para>
/// <para>The daily-learning habit (30 minutes a working day) fits any window and is kept in every
/// window's list, even below the cut.</para>
/// <para>Activities the input hides (dismissed, snoozed, already taken on) are left out of the windows they
/// cover before the ranking is cut, so the next best takes their place.</para>
/// </remarks>
public sealed class SuggestionEngine
{
    private readonly CatalogEntry[] _catalog;
    private readonly SuggestionRules _rules;

    /// <param name="catalog">Every catalog activity, archived ones included (they are filtered out).</param>
    /// <param name="rules">The numbers behind the rules; <see cref="SuggestionRules.Default"/> when null.</param>
    public SuggestionEngine(IEnumerable<SideActivity> catalog, SuggestionRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _rules = rules ?? SuggestionRules.Default;
        _catalog = [.. catalog.Select(a => new CatalogEntry(a, _rules))];
        Array.Sort(_catalog, CatalogEntry.CompareByKey);
    }

    /// <summary>Ranked suggestions for each of the engineer's windows, in the order of the windows.</summary>
    public IReadOnlyList<WindowSuggestions> Suggest(SuggestionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var engineer = new EngineerContext(input, _rules);
        var eligible = Array.FindAll(_catalog, entry => HardFilters.Activity(entry, engineer, null));
        var result = new WindowSuggestions[input.Windows.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var window = new WindowContext(input.Windows[i], engineer, _rules);
            var shown = input.Hidden is { Count: > 0 } hidden
                ? Array.FindAll(eligible, entry => !hidden.Any(h => h.Hides(entry.Activity.Id, window.Window)))
                : eligible;
            result[i] = new WindowSuggestions(window.Window, window.Teammates, Rank(shown, engineer, window));
        }

        return result;
    }

    /// <summary>
    /// Re-checks what an engineer chose when accepting, against the same hard filters: the activity, the
    /// window (which must be one of <paramref name="input"/>'s), the hours within the activity's range and
    /// the window's room, a start inside the window, and every week after the window until the end.
    /// </summary>
    /// <returns>Every failed filter; empty when the choice may be taken on.</returns>
    public IReadOnlyList<SuggestionFailure> Check(SuggestionInput input, SideActivity activity, SuggestionChoice choice)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(choice);
        var failures = new List<SuggestionFailure>();
        var engineer = new EngineerContext(input, _rules);
        HardFilters.Activity(new CatalogEntry(activity, _rules), engineer, failures);
        if (choice.End < choice.Start)
        {
            failures.Add(new(SuggestionFilter.EndBeforeStart));
        }

        if (input.Windows.FirstOrDefault(w => w.Start == choice.WindowStart) is not { } found)
        {
            failures.Add(new(SuggestionFilter.NoSuchWindow) { Week = choice.WindowStart });
            return failures;
        }

        var window = new WindowContext(found, engineer, _rules);
        HardFilters.Team(activity, window, _rules, failures);
        var startWeek = IsoWeek.FromDate(choice.Start);
        var startDay = startWeek.Monday.DayNumber;
        if (startDay < window.StartDay || startDay > window.EndDay)
        {
            failures.Add(new(SuggestionFilter.StartOutsideWindow) { Week = startWeek });
        }
        else
        {
            HardFilters.Length(activity, window, startDay, failures);
        }

        var hours = choice.HoursPerWeek;
        if (!activity.HoursPerWeek.Contains(hours))
        {
            failures.Add(new(SuggestionFilter.HoursOutsideRange) { Hours = hours, MinHours = activity.HoursPerWeek.Min, MaxHours = activity.HoursPerWeek.Max });
        }

        HardFilters.InWindow(hours, window, failures);
        for (var monday = Math.Max(window.EndDay + 1, startDay); monday <= choice.End.DayNumber; monday += 7)
        {
            if (engineer.WeekAt(monday) is not { } week || !HardFilters.BeyondWindow(week, hours, engineer.Facts.SideBudgetHours, failures))
            {
                break;
            }
        }

        return failures;
    }

    private Suggestion[] Rank(CatalogEntry[] eligible, EngineerContext engineer, WindowContext window)
    {
        var candidates = new List<(CatalogEntry Entry, Placement Placement, List<SuggestionReason> Reasons, double Score)>(eligible.Length);
        foreach (var entry in eligible)
        {
            if (Placement.Find(entry, engineer, window, _rules) is { } placement)
            {
                var reasons = Scoring.Reasons(entry, placement, engineer, window, _rules);
                candidates.Add((entry, placement, reasons, Math.Round(reasons.Sum(r => r.Points), 2)));
            }
        }

        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : CatalogEntry.CompareByKey(a.Entry, b.Entry));
        var kept = candidates.Take(Math.Max(0, _rules.PerWindow)).ToList();
        if (!kept.Exists(c => c.Entry.IsDailyLearning) && candidates.Find(c => c.Entry.IsDailyLearning) is { Entry: not null } daily)
        {
            kept.Add(daily);
        }

        return [.. kept.Select((c, i) => new Suggestion(
            c.Entry.Activity,
            i + 1,
            c.Score,
            c.Placement.Hours,
            DateOnly.FromDayNumber(c.Placement.StartDay),
            DateOnly.FromDayNumber(c.Placement.EndDay),
            c.Entry.IsDailyLearning,
            c.Reasons))];
    }
}
