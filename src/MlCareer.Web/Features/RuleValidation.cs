using System.ComponentModel.DataAnnotations;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features;

/// <summary>
/// Lets a form's input class check itself with the Core rules (<see cref="IValidatableObject"/>), so the
/// form, the service (through <see cref="InputValidation"/>) and any other caller run the one rule.
/// </summary>
public static class RuleValidation
{
    /// <summary>The violations as validation results on their fields, each message in the current language.</summary>
    public static IEnumerable<ValidationResult> Results(IEnumerable<RuleViolation?> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return violations.OfType<RuleViolation>()
            .Select(v => new ValidationResult(ValidationMessages.For(v), v.Field is null ? [] : [v.Field]));
    }

    public static IEnumerable<ValidationResult> Results(params RuleViolation?[] violations) => Results((IEnumerable<RuleViolation?>)violations);
}
