using MlCareer.Core.Common;
using Code = MlCareer.Core.Activities.SideActivityViolationCode;

namespace MlCareer.Core.Activities;

/// <summary>
/// The rules every catalog entry obeys, checked by the editor as the admin types, and again by the
/// service, an import and the API before anything is stored. Texts are measured trimmed.
/// </summary>
public static class SideActivityRules
{
    public const int MaxSkills = Tags.MaxCount;

    /// <summary>
    /// Checks a draft. Returns every violation in field order; empty when the draft may be stored.
    /// </summary>
    public static IReadOnlyList<SideActivityViolation> Validate(SideActivityDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var violations = new List<SideActivityViolation>();
        void Add(string field, Code code, params object[] args) => violations.Add(new(field, code, args));

        if (!Enum.IsDefined(draft.Kind))
        {
            Add(nameof(draft.Kind), Code.InvalidValue, draft.Kind);
        }

        Text(violations, nameof(draft.Title), draft.Title, FieldLengths.ShortText, required: true);
        Text(violations, nameof(draft.TitleZh), draft.TitleZh, FieldLengths.ShortText, required: true);
        Text(violations, nameof(draft.Description), draft.Description, FieldLengths.Description, required: false, multiline: true);
        Text(violations, nameof(draft.DescriptionZh), draft.DescriptionZh, FieldLengths.Description, required: false, multiline: true);
        if (Text(violations, nameof(draft.Link), draft.Link, FieldLengths.Url, required: false) is { Length: > 0 } link && !WebLink.IsWebAddress(link))
        {
            Add(nameof(draft.Link), Code.InvalidLink);
        }

        var minValid = HoursRange.IsValidBound(draft.MinHoursPerWeek);
        if (!minValid)
        {
            Add(nameof(draft.MinHoursPerWeek), Code.HoursOutOfRange, 0, Hours.MaxPerWeek);
        }

        if (!HoursRange.IsValidBound(draft.MaxHoursPerWeek))
        {
            Add(nameof(draft.MaxHoursPerWeek), Code.HoursOutOfRange, 0, Hours.MaxPerWeek);
        }
        else if (minValid && draft.MaxHoursPerWeek < draft.MinHoursPerWeek)
        {
            Add(nameof(draft.MaxHoursPerWeek), Code.MaxBelowMin, draft.MinHoursPerWeek);
        }

        var minWeeksValid = IsWeeks(draft.MinWeeks);
        if (!minWeeksValid)
        {
            Add(nameof(draft.MinWeeks), Code.WeeksOutOfRange, 1, Commitment.MaxWeeks);
        }

        CommitmentRules(violations, draft, minWeeksValid);
        PayRules(violations, draft);
        if (draft.Benefits != (draft.Benefits & (ActivityBenefits.Income | ActivityBenefits.Visibility | ActivityBenefits.Skills | ActivityBenefits.Network)))
        {
            Add(nameof(draft.Benefits), Code.InvalidValue, draft.Benefits);
        }

        SkillRules(violations, draft.Skills);
        Text(violations, nameof(draft.Industry), draft.Industry, FieldLengths.Industry, required: false);
        return violations;
    }

    /// <summary>A catalog key: 1 to 60 lower-case letters, digits and dashes, starting with a letter (<c>mentoring-cohort</c>).</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= FieldLengths.Key }
        && char.IsAsciiLetterLower(key[0])
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsWeeks(int weeks) => weeks is >= 1 and <= Commitment.MaxWeeks;

    private static void CommitmentRules(List<SideActivityViolation> violations, SideActivityDraft draft, bool minWeeksValid)
    {
        const string field = nameof(draft.CommitmentWeeks);
        if (!Enum.IsDefined(draft.CommitmentShape))
        {
            violations.Add(new(nameof(draft.CommitmentShape), Code.InvalidValue, [draft.CommitmentShape]));
        }
        else if (draft.CommitmentShape == CommitmentShape.OneOff)
        {
            if (draft.CommitmentWeeks is not null)
            {
                violations.Add(new(field, Code.MustBeEmpty, []));
            }
        }
        else if (draft.CommitmentWeeks is not { } weeks)
        {
            violations.Add(new(field, Code.Required, []));
        }
        else if (!IsWeeks(weeks))
        {
            violations.Add(new(field, Code.WeeksOutOfRange, [1, Commitment.MaxWeeks]));
        }
        else if (minWeeksValid && weeks < draft.MinWeeks)
        {
            violations.Add(new(field, Code.TermShorterThanMinWeeks, [draft.MinWeeks]));
        }
    }

    private static void PayRules(List<SideActivityViolation> violations, SideActivityDraft draft)
    {
        if (!Enum.IsDefined(draft.PayBasis))
        {
            violations.Add(new(nameof(draft.PayBasis), Code.InvalidValue, [draft.PayBasis]));
            return;
        }

        var paid = draft.PayBasis != PayBasis.None;
        if (!paid)
        {
            if (draft.PayAmount is not null)
            {
                violations.Add(new(nameof(draft.PayAmount), Code.MustBeEmpty, []));
            }

            if (!string.IsNullOrEmpty(draft.PayCurrency))
            {
                violations.Add(new(nameof(draft.PayCurrency), Code.MustBeEmpty, []));
            }

            return;
        }

        if (draft.PayAmount is not { } amount)
        {
            violations.Add(new(nameof(draft.PayAmount), Code.Required, []));
        }
        else if (amount is <= 0 or > ActivityPay.MaxAmount)
        {
            violations.Add(new(nameof(draft.PayAmount), Code.AmountOutOfRange, [0, ActivityPay.MaxAmount]));
        }

        if (string.IsNullOrEmpty(draft.PayCurrency))
        {
            violations.Add(new(nameof(draft.PayCurrency), Code.Required, []));
        }
        else if (!Money.IsCurrency(draft.PayCurrency))
        {
            violations.Add(new(nameof(draft.PayCurrency), Code.InvalidCurrency, []));
        }
    }

    private static void SkillRules(List<SideActivityViolation> violations, IReadOnlyList<string>? skills)
    {
        const string field = nameof(SideActivityDraft.Skills);
        skills ??= [];
        if (skills.Count > MaxSkills)
        {
            violations.Add(new(field, Code.TooManySkills, [MaxSkills]));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < skills.Count; i++)
        {
            var skill = skills[i]?.Trim() ?? "";
            if (skill.Length == 0)
            {
                violations.Add(new(field, Code.SkillEmpty, [i + 1]));
            }
            else if (skill.Length > FieldLengths.Skill)
            {
                violations.Add(new(field, Code.SkillTooLong, [skill, FieldLengths.Skill]));
            }
            else if (Common.Text.Check(skills[i], FieldLengths.Skill, field) is not null)
            {
                violations.Add(new(field, Code.ControlCharacters, []));
            }
            else if (!seen.Add(skill))
            {
                violations.Add(new(field, Code.SkillDuplicate, [skill]));
            }
        }
    }

    /// <summary>Checks a text field (line breaks only where <paramref name="multiline"/>); returns it trimmed (null when absent).</summary>
    private static string? Text(List<SideActivityViolation> violations, string field, string? text, int maxLength, bool required, bool multiline = false)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                violations.Add(new(field, Code.Required, []));
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            violations.Add(new(field, Code.TooLong, [maxLength]));
        }
        else if (Common.Text.Check(text, maxLength, field, multiline) is not null)
        {
            violations.Add(new(field, Code.ControlCharacters, []));
        }

        return trimmed;
    }
}
