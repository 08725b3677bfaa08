using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>
/// Builds suggestion inputs in weeks relative to a fixed current week, 2026-W48 (Monday 23 Nov 2026).
/// By default: capacity 40 h, a 30 h load in every week of the plan (the next 60 weeks), a side budget
/// of 10 h, no preferences, and nothing taken on.
/// </summary>
internal sealed class SuggestionBuilder
{
    public static readonly IsoWeek Now = new(2026, 48);

    private readonly List<SuggestionWindow> _windows = [];
    private readonly Dictionary<int, PlanWeek> _weeks = [];
    private readonly List<RecentEngagement> _engagements = [];
    private readonly List<FinishedPhase> _phases = [];
    private readonly List<TeammateWindow> _teammates = [];
    private readonly List<HiddenSuggestion> _hidden = [];

    public SuggestionBuilder()
    {
        for (var w = 0; w < 60; w++)
        {
            _weeks[w] = new PlanWeek(Now.AddWeeks(w), 40, 30, 0);
        }
    }

    public EngineerFacts Engineer { get; set; } = new(1, 10, [], [], [], [], null, null);

    public static IsoWeek Week(int week) => Now.AddWeeks(week);

    public static SideActivity Activity(
        string key,
        ActivityKind kind,
        double min = 2,
        double max = 4,
        int minWeeks = 1,
        Commitment commitment = default,
        bool interruptible = false,
        bool team = false,
        ActivityPay pay = default,
        string[]? skills = null,
        string? industry = null)
    {
        var draft = new SideActivityDraft(
            kind, key, key, null, null, null, min, max, minWeeks, commitment.Shape, commitment.Weeks, interruptible, team,
            pay.Basis, pay.Amount, pay.Currency, ActivityBenefits.None, skills ?? [], industry);
        return SideActivity.Create(key, draft);
    }

    public static ActivityPay PerHour(decimal amount, string currency = "USD") => ActivityPay.PerHour(new Money(amount, currency));

    public static ActivityPay PerPiece(decimal amount, string currency = "USD") => ActivityPay.PerPiece(new Money(amount, currency));

    /// <summary>A window of <paramref name="weeks"/> weeks from week <paramref name="from"/>, its plan weeks loaded to leave <paramref name="free"/> hours.</summary>
    public SuggestionBuilder Window(int from, int weeks, double free = 20, string? trainingRun = null, int monitoredWeeks = 0)
    {
        for (var w = from; w < from + weeks; w++)
        {
            Load(w, 40 - free);
        }

        IReadOnlyList<MonitoringWeek> monitoring = trainingRun is null
            ? []
            : [.. Enumerable.Range(from, monitoredWeeks == 0 ? weeks : monitoredWeeks).Select(w => new MonitoringWeek(Week(w), trainingRun, "Training run"))];
        _windows.Add(new SuggestionWindow(Week(from), Week(from + weeks - 1), free, free, monitoring, 0.9));
        return this;
    }

    public SuggestionBuilder Load(int week, double load, double side = 0)
    {
        _weeks[week] = new PlanWeek(Week(week), 40, load, side);
        return this;
    }

    /// <summary>The plan is known only until week <paramref name="lastWeek"/>.</summary>
    public SuggestionBuilder PlanEndsAfter(int lastWeek)
    {
        foreach (var week in _weeks.Keys.Where(w => w > lastWeek).ToList())
        {
            _weeks.Remove(week);
        }

        return this;
    }

    public SuggestionBuilder Engaged(ActivityKind kind, int fromWeek, int toWeek, double hours)
    {
        _engagements.Add(new RecentEngagement(0, kind, Week(fromWeek).Monday, Week(toWeek).Sunday, hours));
        return this;
    }

    public SuggestionBuilder PhaseEnded(string project, PhaseKind kind, int week)
    {
        _phases.Add(new FinishedPhase(project, kind, Week(week).Monday.AddDays(3)));
        return this;
    }

    public SuggestionBuilder Teammate(int id, string name, int from, int weeks)
    {
        _teammates.Add(new TeammateWindow(id, name, Week(from), Week(from + weeks - 1)));
        return this;
    }

    /// <summary>Leaves activities out, as dismissals, snoozes and engagements do.</summary>
    public SuggestionBuilder Hide(params HiddenSuggestion[] hidden)
    {
        _hidden.AddRange(hidden);
        return this;
    }

    public SuggestionInput Build() =>
        new(Engineer, Now, [.. _windows], [.. _weeks.OrderBy(w => w.Key).Select(w => w.Value)], [.. _engagements], [.. _phases], [.. _teammates], [.. _hidden]);

    public IReadOnlyList<WindowSuggestions> Suggest(params SideActivity[] catalog) => new SuggestionEngine(catalog).Suggest(Build());

    /// <summary>The keys suggested for the first window, best first.</summary>
    public IReadOnlyList<string> Keys(params SideActivity[] catalog) => [.. Suggest(catalog)[0].Suggestions.Select(s => s.Activity.Key)];
}
