using MlCareer.Core.Activities;
using MlCareer.Data;

namespace MlCareer.Web.Features.Api;

/// <summary>An engagement with the catalog entry it was taken from.</summary>
public sealed record EngagementRow(Engagement Engagement, SideActivity Activity, string EngineerEmail, string Engineer);

/// <summary>
/// Reads the side-activity catalog (anyone signed in) and engagements with their outcomes: the caller's own,
/// or — for a team lead — their team's, as the brief lets a lead see the team's outcomes.
/// </summary>
public sealed class ActivityReadService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser)
{
    /// <summary>The catalog entries that can be suggested (not archived), by kind and title.</summary>
    public async Task<Result<IReadOnlyList<SideActivity>>> CatalogAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetStandingAsync(cancellationToken) is null)
        {
            return Result<IReadOnlyList<SideActivity>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IReadOnlyList<SideActivity> entries = await db.SideActivities.AsNoTracking().Where(a => !a.IsArchived)
            .OrderBy(a => a.Kind).ThenBy(a => a.Key).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<SideActivity>>.Ok(entries);
    }

    public async Task<Result<IReadOnlyList<EngagementRow>>> MyEngagementsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller
            ? Result<IReadOnlyList<EngagementRow>>.Forbidden()
            : Result<IReadOnlyList<EngagementRow>>.Ok(await EngagementsAsync(db, e => e.Id == caller.EngineerId, cancellationToken));
    }

    public async Task<Result<IReadOnlyList<EngagementRow>>> TeamEngagementsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is not { LedTeamId: { } teamId }
            ? Result<IReadOnlyList<EngagementRow>>.Forbidden()
            : Result<IReadOnlyList<EngagementRow>>.Ok(await EngagementsAsync(db, e => e.TeamId == teamId, cancellationToken));
    }

    public static EngagementDto ToDto(EngagementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (e, a) = (row.Engagement, row.Activity);
        return new EngagementDto(e.Id, a.Key, a.Title, a.Kind.ToString(), e.Status.ToString(), e.HoursPerWeek.Value, e.Start, e.End, e.CompletedOn, e.DroppedOn,
            e.OutcomeLink, e.MoneyEarned?.Amount, e.MoneyEarned?.Currency, e.CompetitionRank, e.OutcomeNote);
    }

    private static async Task<IReadOnlyList<EngagementRow>> EngagementsAsync(
        MlCareerDbContext db, System.Linq.Expressions.Expression<Func<Core.Engineers.EngineerProfile, bool>> engineers, CancellationToken cancellationToken)
    {
        var rows = await (from engagement in db.Engagements.AsNoTracking()
                          join engineer in db.Engineers.Where(engineers) on engagement.EngineerId equals engineer.Id
                          join user in db.Users on engineer.UserId equals user.Id
                          join activity in db.SideActivities on engagement.SideActivityId equals activity.Id
                          select new { engagement, activity, user.Email, engineer.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Email, StringComparer.Ordinal).ThenBy(r => r.engagement.Start).ThenBy(r => r.engagement.Id)
            .Select(r => new EngagementRow(r.engagement, r.activity, r.Email ?? string.Empty, r.DisplayName))];
    }
}
