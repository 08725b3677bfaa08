using MlCareer.Core.Activities;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>One upcoming window as the suggestions page shows it: the workload's window (its causes) and its ranked suggestions.</summary>
public sealed record WindowView(LowWindow Window, WindowSuggestions Suggestions);

/// <summary>The signed-in engineer's windows with their suggestions, and the budget they were fitted to.</summary>
public sealed record SuggestionsView(IsoWeek CurrentWeek, double BudgetHours, IReadOnlyList<WindowView> Windows);

/// <summary>The next window with its top suggestion.</summary>
public sealed record TopSuggestion(LowWindow Window, Suggestion? Suggestion, IsoWeek CurrentWeek);

/// <summary>What Home shows of side activities: the next window's top suggestion (null without a window) and the slip warnings.</summary>
public sealed record HomeHighlights(TopSuggestion? Top, IReadOnlyList<SlipWarning> Slips);

/// <summary>
/// Suggestions for the signed-in engineer, and their answers: accept (an engagement, after the engine's
/// hard filters are run again on what was chosen), dismiss (optionally disliking the kind), snooze. Every
/// call acts on the caller's own data only, checked against the database.
/// </summary>
public sealed class SuggestionService(
    IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, SuggestionContexts suggestionContexts, SuggestionContextLoader loader)
{
    public async Task<Result<SuggestionsView>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, cancellationToken) is not { } context)
        {
            return Result<SuggestionsView>.Forbidden();
        }

        var windows = context.Suggestions
            .Select(s => context.WindowAt(s.Window.Start) is { } window ? new WindowView(window, s) : null)
            .OfType<WindowView>()
            .ToList();
        return Result<SuggestionsView>.Ok(new SuggestionsView(context.CurrentWeek, context.Profile.SideActivityBudgetHours.Value, windows));
    }

    /// <summary>The next window with its best suggestion, and the slip warnings, for Home.</summary>
    public async Task<Result<HomeHighlights>> GetHighlightsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, cancellationToken) is not { } context)
        {
            return Result<HomeHighlights>.Forbidden();
        }

        var next = context.Suggestions.Count > 0 ? context.Suggestions[0] : null;
        var top = next is null || context.WindowAt(next.Window.Start) is not { } window
            ? null
            : new TopSuggestion(window, next.Suggestions.Count > 0 ? next.Suggestions[0] : null, context.CurrentWeek);
        return Result<HomeHighlights>.Ok(new HomeHighlights(top, context.Slips()));
    }

    /// <summary>
    /// Takes the activity on as a planned engagement. The input's rules are checked before anything is read; then every
    /// hard filter of the engine on the chosen window, hours and dates (an archived, disliked or unfitting activity is
    /// refused), and the same activity taken on over the same days, against a context read now, in which only a team
    /// activity reads and computes the teammates' plans. On any failure nothing is stored.
    /// </summary>
    public async Task<Result<int>> AcceptAsync(AcceptInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<int>.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result<int>.Fail(invalid);
        }

        if (await CheckingAsync(db, caller, input.SideActivityId, cancellationToken) is not { } context)
        {
            return Result<int>.Forbidden();
        }

        if (!context.ActivitiesById.TryGetValue(input.SideActivityId, out var activity))
        {
            return Result<int>.Fail(InputValidation.NotFound());
        }

        var (start, end) = (DateOnly.FromDateTime(input.Start!.Value), DateOnly.FromDateTime(input.End!.Value));
        var choice = new SuggestionChoice(input.WindowStart, input.HoursPerWeek!.Value, start, end);
        if (context.Engine.Check(context.Input, activity, choice) is [var failure, ..])
        {
            return Result<int>.Fail(FilterText.Error(failure));
        }

        if (SuggestionFeedback.IsTakenOn(context.Engagements, activity.Id, new DateRange(start, end)))
        {
            return Result<int>.Invalid("Suggestions.TakenOn", nameof(AcceptInput.Start));
        }

        var engagement = new Engagement { EngineerId = context.Profile.Id, SideActivityId = activity.Id };
        if (engagement.TryPlan(choice.HoursPerWeek, start, end) is { } violation)
        {
            return Result<int>.Invalid(violation);
        }

        db.Engagements.Add(engagement);
        var saved = await db.TrySaveAsync(cancellationToken);
        return saved.Succeeded ? Result<int>.Ok(engagement.Id) : Result<int>.Fail(saved.Error!);
    }

    /// <summary>Leaves the activity out of the window (and those sharing a week with it); with "not this kind", the kind becomes a dislike.</summary>
    public async Task<Result> DismissAsync(DismissInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller
            || await CheckingAsync(db, caller, input.SideActivityId, cancellationToken) is not { } context)
        {
            return Result.Forbidden();
        }

        if (Find(context, input.SideActivityId, input.WindowStart) is not (SideActivity activity, SuggestionWindow window))
        {
            return Result.Fail(InputValidation.NotFound());
        }

        db.SuggestionDismissals.Add(SuggestionDismissal.Dismiss(context.Profile.Id, activity.Id, window, context.Today));
        if (input.NotThisKind)
        {
            var profile = await db.Engineers.SingleAsync(e => e.Id == context.Profile.Id, cancellationToken);
            profile.Dislike(activity.Kind);
        }

        return await db.TrySaveAsync(cancellationToken);
    }

    /// <summary>Leaves the activity out of every window until the day given, which must lie after today.</summary>
    public async Task<Result> SnoozeAsync(SnoozeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        if (await CheckingAsync(db, caller, input.SideActivityId, cancellationToken) is not { } context)
        {
            return Result.Forbidden();
        }

        if (Find(context, input.SideActivityId, input.WindowStart) is not (SideActivity activity, SuggestionWindow window))
        {
            return Result.Fail(InputValidation.NotFound());
        }

        var snooze = SuggestionDismissal.TrySnooze(
            context.Profile.Id, activity.Id, window, DateOnly.FromDateTime(input.Until!.Value), context.Today, nameof(SnoozeInput.Until), out var violation);
        if (snooze is null)
        {
            return Result.Invalid(violation!);
        }

        db.SuggestionDismissals.Add(snooze);
        return await db.TrySaveAsync(cancellationToken);
    }

    /// <summary>The caller's shared context to read, null when nobody valid is signed in.</summary>
    private async Task<SuggestionContext?> LoadAsync(MlCareerDbContext db, CancellationToken cancellationToken) =>
        await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller ? null
        : await suggestionContexts.GetAsync(db, caller.EngineerId, time.Today(), cancellationToken);

    /// <summary>The context an answer to <paramref name="sideActivityId"/> is checked against, read now, so it meets what the database holds.</summary>
    private Task<SuggestionContext?> CheckingAsync(MlCareerDbContext db, Caller caller, int sideActivityId, CancellationToken cancellationToken) =>
        loader.LoadToCheckAsync(db, caller.EngineerId, time.Today(), sideActivityId, cancellationToken);

    /// <summary>A catalog activity and one of the caller's windows; null when either is unknown.</summary>
    private static (SideActivity Activity, SuggestionWindow Window)? Find(SuggestionContext context, int activityId, IsoWeek windowStart) =>
        context.ActivitiesById.TryGetValue(activityId, out var activity) && context.Input.Windows.FirstOrDefault(w => w.Start == windowStart) is { } window
            ? (activity, window)
            : null;
}
