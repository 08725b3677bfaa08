using System.Security.Claims;

namespace MlCareer.Web.Features;

/// <summary>
/// Who is calling a feature service, checked against the database on every call (<see cref="AccountDirectory"/>):
/// a principal whose account is gone, deactivated, or whose security stamp changed since it signed in is
/// nobody, and roles always come from the database. Pages ask through the circuit (<see cref="CurrentUser"/>);
/// HTTP endpoints — the API, exports, the calendar feed — through the request (<see cref="HttpCurrentUser"/>).
/// The same services serve both, so a rule is checked the same way whichever way the call came in.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The caller with the roles stored now, or an unauthenticated principal when the check fails.</summary>
    Task<ClaimsPrincipal> GetPrincipalAsync();

    /// <summary>The Identity user id, or null when nobody (valid) is calling.</summary>
    Task<string?> GetIdAsync();

    /// <summary>Whether the caller holds <paramref name="role"/> in the database now.</summary>
    Task<bool> IsInRoleAsync(string role);

    /// <summary>The caller's account as stored, or null when the caller is nobody.</summary>
    Task<AccountStanding?> GetStandingAsync(CancellationToken cancellationToken = default);
}
