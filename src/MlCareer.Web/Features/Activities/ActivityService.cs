using MlCareer.Core.Activities;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.Suggestions;

namespace MlCareer.Web.Features.Activities;

/// <summary>An engagement with the catalog activity it is for (which may since have been archived).</summary>
public sealed record EngagementRow(Engagement Engagement, SideActivity Activity);

/// <summary>The signed-in engineer's engagements, what they gave this year and overall, and the slip warnings.</summary>
public sealed record MyActivities(IReadOnlyList<EngagementRow> Engagements, GrowthFigures ThisYear, GrowthFigures Overall, int Year, IReadOnlyList<SlipWarning> Slips, DateOnly Today);

/// <summary>
/// My activities: the caller's engagements by status, edit, start, complete with an outcome, and drop. An
/// engagement of someone else is "not found". Hours, dates, money and texts are checked by the Core rules.
/// </summary>
public sealed class ActivityService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, SuggestionContexts suggestionContexts)
{
    public async Task<Result<MyActivities>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        var today = time.Today();
        if (caller is null || await suggestionContexts.GetAsync(db, caller.EngineerId, today, cancellationToken) is not { } context)
        {
            return Result<MyActivities>.Forbidden();
        }

        var rows = context.Engagements.Select(e => new EngagementRow(e, context.ActivitiesById[e.SideActivityId])).ToList();
        var kinds = rows.Select(r => (r.Activity.Kind, r.Engagement)).ToList();
        return Result<MyActivities>.Ok(new MyActivities(
            rows, GrowthSummary.For(kinds, GrowthSummary.Year(today), today), GrowthSummary.For(kinds, null, today), today.Year, context.Slips(), today));
    }

    /// <summary>Changes the hours per week and dates; Conflict when it changed since the dialog read it.</summary>
    public async Task<Result> UpdateAsync(EngagementInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(input.Id, input.Version, input, (e, _) =>
            e.TryPlan(input.HoursPerWeek!.Value, DateOnly.FromDateTime(input.Start!.Value), DateOnly.FromDateTime(input.End!.Value)), cancellationToken);
    }

    /// <summary>Marks a planned engagement as started.</summary>
    public Task<Result> StartAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, null, (e, _) =>
        {
            e.Reopen(active: true);
            return null;
        }, cancellationToken);

    /// <summary>Done on the day given (not after today), with its outcome.</summary>
    public async Task<Result> CompleteAsync(OutcomeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(input.Id, input.Version, input, (e, today) =>
            e.TryRecordOutcome(input.ToOutcome()) ?? e.TryComplete(DateOnly.FromDateTime(input.CompletedOn!.Value), today), cancellationToken);
    }

    /// <summary>Dropped today: its hours count until today and no longer.</summary>
    public Task<Result> DropAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, null, (e, today) => e.TryDrop(today, today), cancellationToken);

    private async Task<Result> ChangeAsync(int id, Guid version, object? input, Func<Engagement, DateOnly, RuleViolation?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null)
        {
            return Result.Forbidden();
        }

        if (input is not null && InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        var engagement = await db.Engagements.FirstOrDefaultAsync(e => e.Id == id && e.EngineerId == caller.EngineerId, cancellationToken);
        if (engagement is null)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        db.Entry(engagement).Property(e => e.Version).OriginalValue = version;
        return change(engagement, time.Today()) is { } violation ? Result.Invalid(violation) : await db.TrySaveAsync(cancellationToken);
    }
}
