namespace MlCareer.Core.Common;

/// <summary>
/// Short labels a person keeps as a list, such as skills (<c>pytorch</c>, <c>computer-vision</c>): at most
/// <see cref="MaxCount"/>, each 1 to <see cref="FieldLengths.Skill"/> characters with no control characters,
/// none twice (ignoring case). Matching elsewhere ignores case too.
/// </summary>
public static class Tags
{
    public const int MaxCount = 20;

    private static readonly char[] Separators = [',', '，'];

    /// <summary>Returns the first broken rule of the list, or null.</summary>
    public static RuleViolation? Check(IReadOnlyCollection<string>? tags, string field)
    {
        if (tags is null)
        {
            return null;
        }

        if (tags.Count > MaxCount)
        {
            return new RuleViolation(RuleCode.TooMany, field, [MaxCount]);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            if (Text.CheckRequired(tag, FieldLengths.Skill, field) is { } violation)
            {
                return violation;
            }

            if (!seen.Add(tag.Trim()))
            {
                return new RuleViolation(RuleCode.DuplicateValue, field, [tag.Trim()]);
            }
        }

        return null;
    }

    /// <summary>
    /// The tags of a list typed as one text, separated by commas (<c>,</c> or the full-width <c>，</c>), trimmed; an
    /// empty entry (only spaces) is left out. An entry that holds a control character is kept as typed, so that
    /// <see cref="Check"/> refuses it rather than trimming dropping the character unseen.
    /// </summary>
    public static List<string> Split(string? text) =>
        [.. (text ?? string.Empty).Split(Separators)
            .Where(s => !string.IsNullOrWhiteSpace(s) || s.Any(char.IsControl))
            .Select(s => s.Any(char.IsControl) ? s : s.Trim())];

    /// <summary>The tags as stored: trimmed, in the order given.</summary>
    public static List<string> Normalize(IEnumerable<string> tags) => [.. tags.Select(t => t.Trim())];
}
