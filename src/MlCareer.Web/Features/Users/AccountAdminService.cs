using Microsoft.AspNetCore.Identity;
using MlCareer.Data;

namespace MlCareer.Web.Features.Users;

/// <summary>
/// Admin actions on a person's account: reset the password, deactivate, reactivate. Each renews the
/// security stamp, so the person's open sessions end at their next action (and their cookies are refused).
/// A deactivated person can't sign in; their projects, hours and history stay as they were.
/// </summary>
public sealed partial class AccountAdminService(
    IServiceScopeFactory scopes, ICurrentUser currentUser, AccountDirectory accounts, TimeProvider time, ILogger<AccountAdminService> logger)
{
    public async Task<Result> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(new PasswordInput { Password = newPassword }) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        accounts.Forget(user.Id);
        if (!reset.Succeeded)
        {
            return UserAdminService.IdentityFailure(reset, nameof(PasswordInput.Password));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Ok();
    }

    /// <summary>
    /// Deactivates <paramref name="userId"/>: no more sign-ins, every session ends. Refused for the last
    /// active admin and for the admin's own account (they would lock themselves out).
    /// </summary>
    public Task<Result> DeactivateAsync(string userId, CancellationToken cancellationToken = default) =>
        SetActiveAsync(userId, active: false, cancellationToken);

    /// <summary>Lets a deactivated person sign in again with their password.</summary>
    public Task<Result> ReactivateAsync(string userId, CancellationToken cancellationToken = default) =>
        SetActiveAsync(userId, active: true, cancellationToken);

    private async Task<Result> SetActiveAsync(string userId, bool active, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (await currentUser.GetStandingAsync(cancellationToken) is not { } caller || !caller.Roles.Contains(Roles.Admin))
        {
            return Result.Forbidden();
        }

        if (!active && caller.UserId == userId)
        {
            return Result.Invalid("Accounts.CantDeactivateSelf");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await db.InTransactionAsync(
            async ct =>
            {
                if (await users.FindByIdAsync(userId) is not { } user)
                {
                    return Result.Fail(InputValidation.NotFound());
                }

                if (!active && await AdminRules.IsLastActiveAdminAsync(db, userId, ct))
                {
                    return Result.Fail(AdminRules.LastAdmin());
                }

                user.DeactivatedAt = active ? null : time.GetUtcNow();
                var updated = await users.UpdateAsync(user);
                if (!updated.Succeeded)
                {
                    return UserAdminService.IdentityFailure(updated, field: null);
                }

                await users.UpdateSecurityStampAsync(user);
                return Result.Ok();
            },
            cancellationToken);
        if (result.Succeeded)
        {
            accounts.Forget(userId);
            LogActiveChanged(logger, userId, active ? "reactivated" : "deactivated", caller.UserId);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} {Change} by admin {AdminId}")]
    private static partial void LogActiveChanged(ILogger logger, string userId, string change, string adminId);
}
