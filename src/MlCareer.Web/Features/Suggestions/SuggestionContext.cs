using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// Everything the side-activity pages compute from, for one engineer, read once per call by
/// <see cref="SuggestionContextLoader"/>: their plan from the current week as far as the longest
/// commitment reaches, their engagements and answers, their teammates' windows and team activities.
/// </summary>
public sealed class SuggestionContext
{
    private IReadOnlyList<WindowSuggestions>? _suggestions;

    internal SuggestionContext(
        EngineerProfile profile,
        DateOnly today,
        WorkloadRules rules,
        IReadOnlyList<SideActivity> catalog,
        EngineerWorkload workload,
        Func<EngineerWorkload> explainedWorkload,
        IReadOnlyList<Engagement> engagements,
        SuggestionInput input,
        IReadOnlyList<TeammateEngagement> teammateEngagements)
    {
        Profile = profile;
        Today = today;
        Rules = rules;
        Catalog = catalog;
        Workload = workload;
        ExplainedWorkload = explainedWorkload;
        Engagements = engagements;
        Input = input;
        TeammateEngagements = teammateEngagements;
        Engine = new SuggestionEngine(catalog);
        ActivitiesById = catalog.ToDictionary(a => a.Id);
    }

    public EngineerProfile Profile { get; }

    public DateOnly Today { get; }

    public IsoWeek CurrentWeek => Input.CurrentWeek;

    public WorkloadRules Rules { get; }

    /// <summary>Every catalog activity, archived ones included (engagements may name them).</summary>
    public IReadOnlyList<SideActivity> Catalog { get; }

    public IReadOnlyDictionary<int, SideActivity> ActivitiesById { get; }

    /// <summary>The engineer's weeks from the current one; windows are looked for in the horizon.</summary>
    public EngineerWorkload Workload { get; }

    /// <summary>The engineer's engagements of every status.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }

    public SuggestionInput Input { get; }

    public SuggestionEngine Engine { get; }

    public IReadOnlyList<TeammateEngagement> TeammateEngagements { get; }

    private Func<EngineerWorkload> ExplainedWorkload { get; }

    /// <summary>Ranked suggestions per window, computed once.</summary>
    public IReadOnlyList<WindowSuggestions> Suggestions => _suggestions ??= Engine.Suggest(Input);

    /// <summary>The workload's window that starts in <paramref name="start"/>.</summary>
    public LowWindow? WindowAt(IsoWeek start) => Workload.Windows.FirstOrDefault(w => w.Start == start);

    /// <summary>Planned and active engagements whose weeks now go over capacity, with the phases in force in them.</summary>
    public IReadOnlyList<SlipWarning> Slips()
    {
        var open = Engagements
            .Where(e => e.Status is EngagementStatus.Planned or EngagementStatus.Active)
            .Select(e => new OpenEngagement(e.Id, Title(e.SideActivityId), e.Start, e.End, e.HoursPerWeek.Value))
            .ToList();
        var slips = SlipDetector.Find(Workload, open, CurrentWeek);
        return slips.Count == 0 ? slips : SlipDetector.Find(ExplainedWorkload(), open, CurrentWeek);
    }

    /// <summary>Teammates' competitions sharing weeks with one of the engineer's windows.</summary>
    public IReadOnlyList<TeamInvitation> Invitations() =>
        TeamInvitation.Find(Profile.Id, Input.Windows, TeammateEngagements, Engagements, SuggestionRules.Default.TeamOverlapWeeks);

    public string Title(int sideActivityId) =>
        ActivitiesById.TryGetValue(sideActivityId, out var activity) ? ActivityTitles.Title(activity) : string.Empty;
}
