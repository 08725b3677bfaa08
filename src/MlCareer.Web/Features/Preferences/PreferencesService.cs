using MlCareer.Data;

namespace MlCareer.Web.Features.Preferences;

/// <summary>Per-person display preferences kept with the account, so they follow the person between browsers.</summary>
public sealed class PreferencesService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser)
{
    /// <summary>The person's theme choice: true dark, false light, null when they have not chosen (follow the system).</summary>
    public async Task<bool?> GetDarkModeAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Result> SetDarkModeAsync(bool dark, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return Result.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PrefersDarkMode, dark), cancellationToken);
        return Result.Ok();
    }
}
