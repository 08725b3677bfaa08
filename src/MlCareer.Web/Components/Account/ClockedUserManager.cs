using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MlCareer.Data;

namespace MlCareer.Web.Components.Account;

/// <summary>
/// Identity's user manager with the lockout on the app's <see cref="TimeProvider"/>: .NET 10's own stamps and
/// judges a lockout's end by the machine's clock, while the users page and every other "now" of the app read
/// the app's clock, so an account could show as locked on one clock and be let in on the other.
/// </summary>
internal sealed class ClockedUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider time)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await GetLockoutEnabledAsync(user) && await GetLockoutEndDateAsync(user) is { } end && end >= time.GetUtcNow();
    }

    /// <summary>Counts a failed sign-in; the one that reaches the limit locks the account for the lockout's span from now.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        var lockouts = (IUserLockoutStore<AppUser>)Store;
        var count = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
