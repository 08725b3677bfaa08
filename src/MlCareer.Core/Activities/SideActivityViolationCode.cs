namespace MlCareer.Core.Activities;

/// <summary>
/// Why a catalog field was refused. The UI words each code; the arguments of
/// <see cref="SideActivityViolation.Args"/> are listed per code.
/// </summary>
public enum SideActivityViolationCode
{
    /// <summary>The field is empty but needed. No arguments.</summary>
    Required = 1,

    /// <summary>The text is longer than allowed. {0} = the most characters.</summary>
    TooLong = 2,

    /// <summary>Not one of the allowed values (kind, shape, pay basis, benefits). {0} = the value given.</summary>
    InvalidValue = 3,

    /// <summary>The link is not an absolute http or https address. No arguments.</summary>
    InvalidLink = 4,

    /// <summary>Hours per week must be above {0} (0) and at most {1} (168).</summary>
    HoursOutOfRange = 5,

    /// <summary>The most hours per week are below the least. {0} = the least hours per week.</summary>
    MaxBelowMin = 6,

    /// <summary>Weeks must be from {0} (1) to {1} (156).</summary>
    WeeksOutOfRange = 7,

    /// <summary>The term is shorter than the fewest weeks worth starting. {0} = the fewest weeks.</summary>
    TermShorterThanMinWeeks = 8,

    /// <summary>A value was given that the other choices rule out (weeks for a one-off, an amount without pay). No arguments.</summary>
    MustBeEmpty = 9,

    /// <summary>A paid amount must be above {0} (0) and at most {1} (1,000,000).</summary>
    AmountOutOfRange = 10,

    /// <summary>The currency is not a three-letter upper-case code such as USD. No arguments.</summary>
    InvalidCurrency = 11,

    /// <summary>A skill tag is empty. {0} = its position, from 1.</summary>
    SkillEmpty = 12,

    /// <summary>A skill tag is too long. {0} = the tag, {1} = the most characters.</summary>
    SkillTooLong = 13,

    /// <summary>A skill tag appears twice (ignoring case). {0} = the tag.</summary>
    SkillDuplicate = 14,

    /// <summary>More skill tags than allowed. {0} = the most tags.</summary>
    TooManySkills = 15,

    /// <summary>Text with control characters (NUL, ESC, bidirectional overrides) that could hide or reorder what others read; line breaks only in descriptions. No arguments.</summary>
    ControlCharacters = 16,
}
