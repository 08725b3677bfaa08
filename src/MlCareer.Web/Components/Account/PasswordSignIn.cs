using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MlCareer.Data;

namespace MlCareer.Web.Components.Account;

internal enum SignInAnswer
{
    Succeeded,
    Failed,
    LockedOut,
    Deactivated,
}

/// <summary>
/// The sign-in form's password check. One check per account at a time (<see cref="SignInGate"/>), so
/// the lockout takes at the fifth failure however many guesses arrive at once. Every attempt hashes the
/// password exactly once — against a dummy hash when the email belongs to nobody or the account is locked —
/// so known and unknown emails take the same time and get the same answer. Failures and lockouts are
/// logged with the email and the client's address, never the password.
/// </summary>
internal sealed partial class PasswordSignIn(SignInManager<AppUser> signInManager, SignInGate gate, ILogger<PasswordSignIn> logger)
{
    private const int MaxLoggedEmailLength = 100;
    private static readonly AppUser Nobody = new() { Id = "nobody", UserName = "nobody" };
    private static string? _dummyHash;

    public async Task<(SignInAnswer Answer, AppUser? User)> SignInAsync(
        string email, string password, bool remember, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var users = signInManager.UserManager;
        var account = users.NormalizeEmail(email.Trim()) ?? string.Empty;
        var logged = ForLog(email);
        using var turn = await gate.EnterAsync(account, cancellationToken);

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            HashOnce(users, password);
            if (gate.IsUnknownLockedOut(account) || gate.CountUnknownFailure(account) >= users.Options.Lockout.MaxFailedAccessAttempts)
            {
                LogLockedOut(logger, logged, "(none)", clientAddress);
                return (SignInAnswer.LockedOut, null);
            }

            LogFailed(logger, logged, "(none)", clientAddress, "no such account");
            return (SignInAnswer.Failed, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            HashOnce(users, password);
            LogStillLockedOut(logger, logged, user.Id, clientAddress);
            return (SignInAnswer.LockedOut, user);
        }

        if (!user.IsActive)
        {
            var right = user.PasswordHash is { } hash && users.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
            LogFailed(logger, logged, user.Id, clientAddress, "account deactivated");
            return (right ? SignInAnswer.Deactivated : SignInAnswer.Failed, user);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user.Id, clientAddress);
            return (SignInAnswer.Succeeded, user);
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger, logged, user.Id, clientAddress);
            return (SignInAnswer.LockedOut, user);
        }

        LogFailed(logger, logged, user.Id, clientAddress, "wrong password");
        return (SignInAnswer.Failed, user);
    }

    /// <summary>Spends the same work as a real check, on a hash that no password matches.</summary>
    private static void HashOnce(UserManager<AppUser> users, string password)
    {
        var hash = _dummyHash ??= users.PasswordHasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        users.PasswordHasher.VerifyHashedPassword(Nobody, hash, password);
    }

    /// <summary>The typed email as it may appear in a log line: no control characters, bounded length.</summary>
    private static string ForLog(string email)
    {
        var clean = new string([.. email.Take(MaxLoggedEmailLength).Select(c => char.IsControl(c) ? '?' : c)]);
        return email.Length > MaxLoggedEmailLength ? clean + "…" : clean;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in from {ClientAddress}")]
    private static partial void LogSignedIn(ILogger logger, string userId, string? clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for {Email} (user {UserId}) from {ClientAddress}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string email, string userId, string? clientAddress, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Email} (user {UserId}) locked out after repeated failed sign-ins, the last from {ClientAddress}")]
    private static partial void LogLockedOut(ILogger logger, string email, string userId, string? clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {Email} (user {UserId}) from {ClientAddress}: account locked out")]
    private static partial void LogStillLockedOut(ILogger logger, string email, string userId, string? clientAddress);
}
