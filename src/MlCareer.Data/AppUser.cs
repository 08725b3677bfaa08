using Microsoft.AspNetCore.Identity;

namespace MlCareer.Data;

/// <summary>A person who signs in. Planning data lives in their <c>EngineerProfile</c>.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The language the person chose (<c>en</c> or <c>zh-Hans</c>), restored at sign-in.</summary>
    public string? Culture { get; set; }

    /// <summary>Dark (true) or light (false) theme as the person chose it; null follows their system.</summary>
    public bool? PrefersDarkMode { get; set; }

    /// <summary>
    /// When an admin deactivated the account (UTC); null while it is active. A deactivated person can't
    /// sign in and their sessions end, but everything they logged stays.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
