using MlCareer.Data;

namespace MlCareer.Web.Features.AccessTokens;

/// <summary>What the database says about one access token, as sign-in needs it.</summary>
public sealed record TokenStanding(int Id, string UserId, TokenAccess Access, DateTimeOffset ExpiresAt, bool IsRevoked, DateOnly? LastUsedOn);

/// <summary>
/// Finds access tokens by the hash of their secret, keeping an answer for at most <see cref="MaxAge"/> by the
/// app's clock (<see cref="HeldAnswers{TKey,TValue}"/>), as <see cref="AccountDirectory"/> does for accounts: an
/// API client calling many times a second costs one look-up every half minute. Revoking a token through this app
/// calls <see cref="Forget"/>, so this node refuses it at the very next request; another node does within
/// <see cref="MaxAge"/>. Expiry is checked on every request against the stored time.
/// </summary>
public sealed class AccessTokenDirectory(IDbContextFactory<MlCareerDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = AccountDirectory.MaxAge;

    private readonly HeldAnswers<string, TokenStanding?> _held = new(time, MaxAge);

    /// <summary>The token whose secret hashes to <paramref name="hash"/>, or null when there is none.</summary>
    public Task<TokenStanding?> FindAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return _held.GetAsync(hash, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.AccessTokens.AsNoTracking().Where(t => t.Hash == hash)
                .Select(t => new TokenStanding(t.Id, t.UserId, t.Access, t.ExpiresAt, t.RevokedAt != null, t.LastUsedOn))
                .FirstOrDefaultAsync(ct);
        }, cancellationToken);
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
        _held.Update(hash, held => held is null ? null : held with { LastUsedOn = today });
    }

    /// <summary>Drops every answer this node keeps; call after revoking a token.</summary>
    public void Forget() => _held.InvalidateAll();
}
