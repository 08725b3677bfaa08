using System.Globalization;

namespace MlCareer.Web.Localization;

/// <summary>The languages of the UI: English (default) and Simplified Chinese.</summary>
public static class Cultures
{
    public const string Default = "en";
    public const string SimplifiedChinese = "zh-Hans";

    public static IReadOnlyList<string> Supported { get; } = [Default, SimplifiedChinese];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported culture name for <paramref name="culture"/>, or the default.</summary>
    public static string Normalize(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Default;

    public static string NativeName(string culture) => CultureInfo.GetCultureInfo(culture).NativeName;
}
