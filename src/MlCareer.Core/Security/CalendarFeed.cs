namespace MlCareer.Core.Security;

/// <summary>
/// A person's private calendar link: anyone holding the URL reads their upcoming windows and side
/// activities, so only a hash of its secret is kept. Regenerating replaces the hash (the old URL stops
/// working); revoking removes the feed.
/// </summary>
public sealed class CalendarFeed
{
    public int Id { get; set; }

    /// <summary>The Identity user whose calendar this is; one feed per person.</summary>
    public required string UserId { get; set; }

    /// <summary>SHA-256 of the secret in the URL, as hexadecimal.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
