namespace MlCareer.Core.Common;

/// <summary>
/// A broken rule: its code, the field it concerns (the name of the Core property, or null for the whole
/// object) and the values the message needs (limits, dates, labels), in order.
/// </summary>
public sealed record RuleViolation(RuleCode Code, string? Field, IReadOnlyList<object> Args)
{
    public RuleViolation(RuleCode code, string? field = null)
        : this(code, field, [])
    {
    }

    /// <summary>The same violation reported against another field (a form's name for it).</summary>
    public RuleViolation On(string? field) => this with { Field = field };
}

/// <summary>Thrown when code that knows its input is valid (seeding, tests) breaks a rule after all.</summary>
public sealed class RuleViolationException(RuleViolation violation)
    : InvalidOperationException($"Rule {violation?.Code} broken on {violation?.Field ?? "the object"}.")
{
    public RuleViolation Violation { get; } = violation!;

    /// <summary>Throws when <paramref name="violation"/> is not null.</summary>
    public static void ThrowIf(RuleViolation? violation)
    {
        if (violation is not null)
        {
            throw new RuleViolationException(violation);
        }
    }
}
