using Microsoft.Extensions.Caching.Memory;
using MlCareer.Data;

namespace MlCareer.Web.Features.AccessTokens;

/// <summary>What the database says about one access token, as sign-in needs it.</summary>
public sealed record TokenStanding(int Id, string UserId, TokenAccess Access, DateTimeOffset ExpiresAt, bool IsRevoked, DateOnly? LastUsedOn);

/// <summary>
/// Finds access tokens by the hash of their secret, keeping an answer for at most <see cref="MaxAge"/> by the
/// app's clock, as <see cref="AccountDirectory"/> does for accounts: an API client calling many times a second
/// costs one look-up every half minute. Revoking a token through this app calls <see cref="Forget"/>, so this
/// node refuses it at the very next request; another node does within <see cref="MaxAge"/>. Expiry is checked
/// on every request against the stored time.
/// </summary>
public sealed class AccessTokenDirectory(IDbContextFactory<MlCareerDbContext> contexts, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = AccountDirectory.MaxAge;

    private MemoryCache _cache = new(new MemoryCacheOptions());
    private long _generation;

    /// <summary>The token whose secret hashes to <paramref name="hash"/>, or null when there is none.</summary>
    public async Task<TokenStanding?> FindAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(hash, out Entry? entry) && entry is not null && now - entry.LoadedAt < MaxAge && now >= entry.LoadedAt)
        {
            return entry.Standing;
        }

        var generation = Interlocked.Read(ref _generation);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standing = await db.AccessTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Select(t => new TokenStanding(t.Id, t.UserId, t.Access, t.ExpiresAt, t.RevokedAt != null, t.LastUsedOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _cache.Set(hash, new Entry(standing, now), MaxAge);
        }

        return standing;
    }

    /// <summary>Records that the token was used today (at most one write a day per token and node).</summary>
    public async Task TouchAsync(TokenStanding token, string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (token.LastUsedOn == today)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AccessTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedOn, today), cancellationToken);
        if (_cache.TryGetValue(hash, out Entry? entry) && entry?.Standing is { } cached)
        {
            _cache.Set(hash, entry with { Standing = cached with { LastUsedOn = today } }, MaxAge);
        }
    }

    /// <summary>Drops every answer this node keeps; call after revoking a token.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _cache, new MemoryCache(new MemoryCacheOptions())).Dispose();
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(TokenStanding? Standing, DateTimeOffset LoadedAt);
}
