using MlCareer.Data;

namespace MlCareer.Web.Features.AccessTokens;

/// <summary>The caller's personal access tokens: list, create (the secret is returned once) and revoke.</summary>
public sealed class AccessTokenService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, AccessTokenDirectory directory, TimeProvider time)
{
    /// <summary>The most tokens one person may hold that are neither revoked nor expired.</summary>
    public const int MaxActive = 20;

    /// <summary>The caller's tokens that are not revoked, newest first; expired ones are marked.</summary>
    public async Task<Result<IReadOnlyList<TokenRow>>> ListMineAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result<IReadOnlyList<TokenRow>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        IReadOnlyList<TokenRow> rows = [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(t => Row(t, now))];
        return Result<IReadOnlyList<TokenRow>>.Ok(rows);
    }

    public async Task<Result<CreatedToken>> CreateAsync(TokenInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result<CreatedToken>.Fail(invalid);
        }

        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result<CreatedToken>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var mine = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        if (mine.Count(t => t.IsActiveAt(now)) >= MaxActive)
        {
            return Result<CreatedToken>.Invalid("Tokens.TooMany", nameof(TokenInput.Name), MaxActive);
        }

        var secret = TokenSecret.New(TokenSecret.TokenMarker);
        var token = new AccessToken
        {
            UserId = userId,
            Name = input.Name.Trim(),
            Prefix = secret[..AccessToken.PrefixLength],
            Hash = TokenSecret.Hash(secret),
            Access = input.Access,
            CreatedAt = now,
            ExpiresAt = now.AddDays(input.Days),
        };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return Result<CreatedToken>.Ok(new CreatedToken(secret, Row(token, now)));
    }

    /// <summary>Revokes one of the caller's tokens: it answers 401 from the next request on. Another person's token is "not found".</summary>
    public async Task<Result> RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is not { } userId)
        {
            return Result.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revoked = await db.AccessTokens.Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, time.GetUtcNow()), cancellationToken);
        directory.Forget();
        return revoked == 1 ? Result.Ok() : Result.Fail(InputValidation.NotFound());
    }

    private static TokenRow Row(AccessToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Prefix, t.Access, t.CreatedAt, t.ExpiresAt, t.LastUsedOn, !t.IsActiveAt(now));
}
