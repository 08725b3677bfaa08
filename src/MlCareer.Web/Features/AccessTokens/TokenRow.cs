namespace MlCareer.Web.Features.AccessTokens;

/// <summary>A token as its owner sees it in the list: never the secret, only its first characters.</summary>
public sealed record TokenRow(int Id, string Name, string Prefix, TokenAccess Access, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateOnly? LastUsedOn, bool IsExpired);

/// <summary>A token just created: the secret, shown this once, and its row.</summary>
public sealed record CreatedToken(string Secret, TokenRow Row);
