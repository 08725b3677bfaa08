using MlCareer.Core.Activities;
using MlCareer.Data;

namespace MlCareer.Web.Features.Catalog;

/// <summary>
/// The side-activity catalog for admins: list every entry (archived ones too), create, edit (a stale edit
/// is a conflict), archive and restore — never delete, so engineers' history keeps its activities. Every
/// call checks in the database that the caller is an admin now, and runs the catalog rules again.
/// </summary>
public sealed class CatalogService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser)
{
    public async Task<Result<IReadOnlyList<SideActivity>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result<IReadOnlyList<SideActivity>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activities = await db.SideActivities.AsNoTracking().OrderBy(a => a.Title).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<SideActivity>>.Ok(activities);
    }

    /// <summary>Creates an entry with a key made from its English title; Invalid with the first broken rule on its field.</summary>
    public async Task<Result<int>> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result<int>.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result<int>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.SideActivities.Select(a => a.Key).ToListAsync(cancellationToken);
        var activity = SideActivity.Create(CatalogKeys.For(input.Title, taken), input.ToDraft());
        db.SideActivities.Add(activity);
        var saved = await db.TrySaveAsync(cancellationToken);
        return saved.Succeeded ? Result<int>.Ok(activity.Id) : Result<int>.Fail(saved.Error!);
    }

    /// <summary>Replaces an entry's fields; Conflict when it changed since the dialog read it (<see cref="ActivityInput.Version"/>).</summary>
    public async Task<Result> UpdateAsync(ActivityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        return await ChangeAsync(input.Id ?? 0, input.Version, a => a.Update(input.ToDraft()), cancellationToken);
    }

    /// <summary>Takes the entry out of suggestions; engagements that name it keep it.</summary>
    public async Task<Result> ArchiveAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        await currentUser.IsInRoleAsync(Roles.Admin) ? await ChangeAsync(id, version, a => a.Archive(), cancellationToken) : Result.Forbidden();

    public async Task<Result> RestoreAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        await currentUser.IsInRoleAsync(Roles.Admin) ? await ChangeAsync(id, version, a => a.Restore(), cancellationToken) : Result.Forbidden();

    private async Task<Result> ChangeAsync(int id, Guid version, Action<SideActivity> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activity = await db.SideActivities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        db.Entry(activity).Property(a => a.Version).OriginalValue = version;
        change(activity);
        return await db.TrySaveAsync(cancellationToken);
    }
}
