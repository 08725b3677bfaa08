namespace MlCareer.Core.Common;

/// <summary>
/// Rules for text people type: names and notes fit their column and hold no control characters (NUL,
/// ESC, bidirectional overrides), which could hide or reorder what others read. Line breaks and tabs
/// are allowed where <c>multiline</c> is set.
/// </summary>
public static class Text
{
    /// <summary>Checks optional text; null or blank passes.</summary>
    public static RuleViolation? Check(string? text, int maxLength, string field, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Trim().Length > maxLength)
        {
            return new RuleViolation(RuleCode.TooLong, field, [maxLength]);
        }

        return text.Any(c => IsForbidden(c, multiline)) ? new RuleViolation(RuleCode.ControlCharacters, field) : null;
    }

    /// <summary>Checks text that must be given (not blank).</summary>
    public static RuleViolation? CheckRequired(string? text, int maxLength, string field, bool multiline = false) =>
        string.IsNullOrWhiteSpace(text) ? new RuleViolation(RuleCode.Required, field) : Check(text, maxLength, field, multiline);

    /// <summary>The text as stored: trimmed, and null when blank.</summary>
    public static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsForbidden(char c, bool multiline) =>
        (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
        || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'
            or '\u200E' or '\u200F' or '\u061C';
}
