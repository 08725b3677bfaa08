using MlCareer.Core.Common;

namespace MlCareer.Core.Security;

/// <summary>
/// A personal access token: a secret a person creates to call the API as themselves from another tool. Only
/// a hash of the secret is kept (the secret is shown once); <see cref="Prefix"/> lets the person recognise it
/// in their list. A token works until it expires or is revoked, and only while its owner's account is active.
/// </summary>
public sealed class AccessToken
{
    /// <summary>The longest a token may live, in days: a year (366 for a leap day).</summary>
    public const int MaxDays = 366;

    /// <summary>Characters of the secret kept in the clear to tell tokens apart.</summary>
    public const int PrefixLength = 12;

    /// <summary>Length of the stored hash: SHA-256 as hexadecimal.</summary>
    public const int HashLength = 64;

    public int Id { get; set; }

    /// <summary>The Identity user the token acts for.</summary>
    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public TokenAccess Access { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The last day (UTC) the token was used, recorded at most once a day.</summary>
    public DateOnly? LastUsedOn { get; set; }

    public bool CanWrite => Access == TokenAccess.ReadWrite;

    /// <summary>Not revoked and not yet expired at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A name (required, no control characters), a known access, and a lifetime of 1 to <see cref="MaxDays"/> days.</summary>
    public static RuleViolation? Check(string? name, TokenAccess access, int days) =>
        Text.CheckRequired(name, FieldLengths.Name, nameof(Name))
        ?? (Enum.IsDefined(access) ? null : new RuleViolation(RuleCode.UnknownValue, nameof(Access)))
        ?? (days is >= 1 and <= MaxDays ? null : new RuleViolation(RuleCode.OutOfRange, nameof(ExpiresAt), [1, MaxDays]));
}
