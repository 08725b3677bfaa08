using System.Security.Cryptography;
using System.Text;

namespace MlCareer.Web.Features.AccessTokens;

/// <summary>
/// Secrets for access tokens and calendar links: 32 random bytes (256 bits) in URL-safe Base64 behind a
/// short marker, and the SHA-256 of the whole secret as the only thing stored. A secret this long can't be
/// guessed, so a fast hash is enough; a database leak gives no usable secret.
/// </summary>
public static class TokenSecret
{
    public const string TokenMarker = "mlc_";
    public const string FeedMarker = "cal_";

    /// <summary>A new secret beginning with <paramref name="marker"/>.</summary>
    public static string New(string marker) => marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a secret: SHA-256 of its UTF-8 bytes, lower-case hexadecimal.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="text"/> could be a secret with <paramref name="marker"/> (checked before any database look-up).</summary>
    public static bool LooksLike(string? text, string marker) =>
        text is { Length: > 4 and <= 100 } && text.StartsWith(marker, StringComparison.Ordinal)
        && text.AsSpan(marker.Length).IndexOfAnyExcept(SecretCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> SecretCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
