namespace MlCareer.Core.Common;

/// <summary>
/// Short labels a person keeps as a list, such as skills (<c>pytorch</c>, <c>computer-vision</c>): at most
/// <see cref="MaxCount"/>, each 1 to <see cref="FieldLengths.Skill"/> characters with no control characters,
/// none twice (ignoring case). Matching elsewhere ignores case too.
/// </summary>
public static class Tags
{
    public const int MaxCount = 20;

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

    /// <summary>The tags as stored: trimmed, in the order given.</summary>
    public static List<string> Normalize(IEnumerable<string> tags) => [.. tags.Select(t => t.Trim())];
}
