namespace MlCareer.Core.Common;

/// <summary>
/// A link people type (where an activity or an outcome can be seen): an absolute http or https address
/// of at most <see cref="FieldLengths.Url"/> characters. Other schemes (javascript:, file:) are refused,
/// because the link is shown to others and opened from the page.
/// </summary>
public static class WebLink
{
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Checks an optional link; null or blank passes.</summary>
    public static RuleViolation? Check(string? link, string field) =>
        Text.Check(link, FieldLengths.Url, field)
        ?? (string.IsNullOrWhiteSpace(link) || IsWebAddress(link.Trim()) ? null : new RuleViolation(RuleCode.InvalidLink, field));
}
