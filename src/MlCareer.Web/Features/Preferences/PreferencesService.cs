using MlCareer.Data;

namespace MlCareer.Web.Features.Preferences;

/// <summary>The signed-in person's side-activity preferences, with the capacity an admin set (read only).</summary>
public sealed record PreferencesView(double CapacityHours, PreferencesInput Input);

/// <summary>
/// Per-person preferences kept with the account, so they follow the person between browsers: the theme, and
/// the side-activity preferences the suggestions use. Every call reads and changes the caller's own only.
/// </summary>
public sealed class PreferencesService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, AccountDirectory accounts)
{
    /// <summary>
    /// The person's theme choice: true dark, false light, null when they have not chosen (follow the system).
    /// Every page's layout asks, so it comes with the account's standing, which the sign-in check has read already.
    /// </summary>
    public async Task<bool?> GetDarkModeAsync(CancellationToken cancellationToken = default) =>
        (await currentUser.GetStandingAsync(cancellationToken))?.PrefersDarkMode;

    public async Task<Result> SetDarkModeAsync(bool dark, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return Result.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PrefersDarkMode, dark), cancellationToken);
        accounts.Forget(userId);
        return Result.Ok();
    }

    public async Task<Result<PreferencesView>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        var profile = caller is null ? null : await db.Engineers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == caller.EngineerId, cancellationToken);
        return profile is null
            ? Result<PreferencesView>.Forbidden()
            : Result<PreferencesView>.Ok(new PreferencesView(profile.CapacityHours.Value, PreferencesInput.From(profile)));
    }

    /// <summary>
    /// Stores the caller's side-activity preferences. Invalid with the first broken rule on its field;
    /// Conflict when the profile changed since the form read it; nothing is stored on any failure.
    /// </summary>
    public async Task<Result> SaveAsync(PreferencesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null)
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        var profile = await db.Engineers.SingleAsync(e => e.Id == caller.EngineerId, cancellationToken);
        db.Entry(profile).Property(p => p.Version).OriginalValue = input.Version;
        if (profile.TrySetPreferences(input.ToPreferences()) is { } violation)
        {
            return Result.Invalid(violation);
        }

        return await db.TrySaveAsync(cancellationToken);
    }
}
