using System.Globalization;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.AccessTokens;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Calendar;

/// <summary>Whether the caller has a calendar link, and since when.</summary>
public sealed record CalendarFeedStatus(bool Exists, DateTimeOffset? CreatedAt);

/// <summary>
/// The private calendar link of a person: create or regenerate it (the new URL's secret is returned once;
/// only its hash is kept, and the old URL stops working), revoke it, and read a feed by its secret — an
/// unknown or revoked secret, or a deactivated owner, is "not found".
/// </summary>
public sealed class CalendarFeedService(
    IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, AccountDirectory accounts, TimeProvider time, IStringLocalizerFactory localizers, WorkloadReader workloads)
{
    public const string PathPrefix = "/calendar/";

    public static string PathFor(string secret) => $"{PathPrefix}{secret}.ics";

    public async Task<Result<CalendarFeedStatus>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result<CalendarFeedStatus>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var created = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return Result<CalendarFeedStatus>.Ok(new CalendarFeedStatus(created is not null, created));
    }

    /// <summary>A new secret for the caller's feed (replacing any earlier one); the path to share is <see cref="PathFor"/>.</summary>
    public async Task<Result<string>> CreateAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result<string>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var secret = TokenSecret.New(TokenSecret.FeedMarker);
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, Hash = TokenSecret.Hash(secret), CreatedAt = time.GetUtcNow() });
        }
        else
        {
            (feed.Hash, feed.CreatedAt) = (TokenSecret.Hash(secret), time.GetUtcNow());
        }

        var saved = await db.TrySaveAsync(cancellationToken);
        return saved.Succeeded ? Result<string>.Ok(secret) : Result<string>.Fail(saved.Error!);
    }

    public async Task<Result> RevokeAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>The iCalendar text of the feed with this secret, in its owner's language; not found otherwise.</summary>
    public async Task<Result<string>> ReadAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!TokenSecret.LooksLike(secret, TokenSecret.FeedMarker))
        {
            return Result<string>.Fail(InputValidation.NotFound());
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = TokenSecret.Hash(secret);
        var owner = await (from feed in db.CalendarFeeds
                           join user in db.Users on feed.UserId equals user.Id
                           join engineer in db.Engineers on user.Id equals engineer.UserId
                           where feed.Hash == hash
                           select new { user.Id, user.Culture, EngineerId = engineer.Id }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || await accounts.FindAsync(owner.Id, cancellationToken) is not { IsActive: true })
        {
            return Result<string>.Fail(InputValidation.NotFound());
        }

        var windows = (await workloads.EngineerAsync(db, owner.EngineerId, pastWeeks: 0, cancellationToken)).Workload.Windows;
        var engagements = await (from engagement in db.Engagements.AsNoTracking()
                                 join activity in db.SideActivities on engagement.SideActivityId equals activity.Id
                                 where engagement.EngineerId == owner.EngineerId && engagement.Status != Core.Activities.EngagementStatus.Dropped
                                 orderby engagement.Start
                                 select new { engagement, activity }).ToListAsync(cancellationToken);
        var culture = CultureInfo.GetCultureInfo(Localization.Cultures.Normalize(owner.Culture));
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
            var l = localizers.Create(typeof(SharedResource));
            return Result<string>.Ok(CalendarFeedWriter.Write(owner.EngineerId, windows,
                [.. engagements.Select(x => new EngagementRow(x.engagement, x.activity, string.Empty, string.Empty))], l));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
