using System.Globalization;
using System.Numerics;

namespace MlCareer.Web.Localization;

/// <summary>
/// Reads a number exactly as typed, in the person's culture: digits, an optional leading minus and, for
/// decimals, one decimal separator of that culture. Anything else — exponents (<c>1e9</c>), thousands
/// separators (<c>12,5</c> in English), letters — is not a number, so it is refused rather than read as
/// something the person did not mean. A control character anywhere (a NUL that .NET would drop at the end,
/// an escape) makes the text not a number too.
/// </summary>
public static class NumberText
{
    public static bool TryParse<T>(string? text, CultureInfo culture, out T value)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(culture);
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl))
        {
            return false;
        }

        var styles = IsInteger<T>() ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return T.TryParse(trimmed, styles, culture, out value) && double.IsFinite(double.CreateChecked(value));
    }

    public static string Format<T>(T value, CultureInfo culture)
        where T : struct, INumber<T> => value.ToString(IsInteger<T>() ? "0" : "0.##", culture);

    public static bool IsInteger<T>()
        where T : struct, INumber<T> => typeof(T) == typeof(int) || typeof(T) == typeof(long);
}
