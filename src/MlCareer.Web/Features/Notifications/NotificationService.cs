using MlCareer.Core.Notifications;
using MlCareer.Data;
using MlCareer.Web.Features.Suggestions;

namespace MlCareer.Web.Features.Notifications;

/// <summary>The bell's notices for the signed-in engineer and the week they are computed for.</summary>
public sealed record Notices(IsoWeek CurrentWeek, IReadOnlyList<Notice> Items)
{
    public int Unread => Items.Count(n => !n.IsRead);
}

/// <summary>
/// The notification bell: computed from the data on each call (<see cref="NoticeBoard"/>), with the read state
/// the engineer keeps. A notice can be marked read only by its owner, and only while it is one of theirs.
/// </summary>
public sealed class NotificationService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, SuggestionContexts suggestionContexts)
{
    public async Task<Result<Notices>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is { } caller && await BuildAsync(db, caller, cancellationToken) is { } notices
            ? Result<Notices>.Ok(notices)
            : Result<Notices>.Forbidden();
    }

    /// <summary>Marks the given notices read; keys that are not among the caller's notices now are not found.</summary>
    public async Task<Result> MarkReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller || await BuildAsync(db, caller, cancellationToken) is not { } notices)
        {
            return Result.Forbidden();
        }

        var current = notices.Items.ToDictionary(n => n.Key, StringComparer.Ordinal);
        if (keys.Any(k => !current.ContainsKey(k)))
        {
            return Result.Fail(InputValidation.NotFound());
        }

        var today = time.Today();
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Where(k => !current[k].IsRead))
        {
            db.NoticeReads.Add(new NoticeRead { EngineerId = caller.EngineerId, Key = key, ReadOn = today });
        }

        return await db.TrySaveAsync(cancellationToken);
    }

    private async Task<Notices?> BuildAsync(MlCareerDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (await suggestionContexts.GetAsync(db, caller.EngineerId, time.Today(), cancellationToken) is not { } context)
        {
            return null;
        }

        var read = await db.NoticeReads.AsNoTracking().Where(n => n.EngineerId == caller.EngineerId).Select(n => n.Key).ToListAsync(cancellationToken);
        var items = NoticeBoard.Build(context.CurrentWeek, context.Suggestions, context.Slips(), context.Invitations(), read.ToHashSet(StringComparer.Ordinal));
        return new Notices(context.CurrentWeek, items);
    }
}
