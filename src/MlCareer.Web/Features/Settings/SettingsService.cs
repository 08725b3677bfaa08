using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Settings;

/// <summary>
/// The organisation's planning rules, edited by admins. Every signed-in user may read them (the
/// workload and project views compute with them); only an admin may change them. The views read the row
/// through <see cref="SettingsCache"/>, which a save here empties, so a saved change applies to every view on
/// this node at once (and on other nodes within half a minute).
/// </summary>
/// <remarks>
/// There is deliberately no "reset" use case: the page fills its form with
/// <see cref="PlanningSettings.CreateDefault"/> and the admin saves it like any other edit. That keeps
/// one write path with one validation and one concurrency check, and a click on "restore" changes
/// nothing until the admin has seen the values and pressed Save.
/// </remarks>
public sealed class SettingsService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, SettingsCache cache)
{
    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly ICurrentUser _currentUser = currentUser;
    private readonly SettingsCache _cache = cache;

    /// <summary>The current rules with their version; the brief's defaults if none are stored yet.</summary>
    public async Task<Result<SettingsInput>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (await _currentUser.GetIdAsync() is null)
        {
            return Result<SettingsInput>.Forbidden();
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.PlanningSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PlanningSettings.SingletonId, cancellationToken);
        return Result<SettingsInput>.Ok(SettingsInput.From(settings ?? PlanningSettings.CreateDefault()));
    }

    /// <summary>
    /// Stores every value of <paramref name="input"/> and returns them as stored, with the new version.
    /// Forbidden for non-admins; Invalid (with the field) for a value out of range; Conflict when someone
    /// saved since <paramref name="input"/> was read. On any failure nothing is stored.
    /// </summary>
    public async Task<Result<SettingsInput>> SaveAsync(SettingsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await _currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result<SettingsInput>.Forbidden();
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.PlanningSettings.SingleOrDefaultAsync(s => s.Id == PlanningSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            return Result<SettingsInput>.Fail(InputValidation.NotFound());
        }

        db.Entry(settings).Property(s => s.Version).OriginalValue = input.Version;
        if (input.ApplyTo(settings) is [var broken, ..])
        {
            return Result<SettingsInput>.Invalid(broken);
        }

        var saved = await db.TrySaveAsync(cancellationToken);
        _cache.Forget();
        return saved.Succeeded ? Result<SettingsInput>.Ok(SettingsInput.From(settings)) : Result<SettingsInput>.Fail(saved.Error!);
    }
}
