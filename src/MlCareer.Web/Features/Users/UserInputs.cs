using System.ComponentModel.DataAnnotations;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Users;

/// <summary>One person on the Users page; capacity and profile version are null when they have no engineer profile.</summary>
public sealed record UserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, int? TeamId, string? TeamName,
    bool IsLockedOut, bool IsActive, double? CapacityHours, Guid? ProfileVersion);

public sealed record TeamOption(int Id, string Name);

/// <summary>An admin's form for a new or existing user; the password is only used when creating.</summary>
public sealed class UserInput : IValidatableObject
{
    public const int MaxEmailLength = 256;

    public string? Id { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Email))]
    [MaxLength(MaxEmailLength, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.MaxLength))]
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Password { get; set; }

    public bool IsEngineer { get; set; } = true;

    public bool IsTeamLead { get; set; }

    public bool IsAdmin { get; set; }

    public int? TeamId { get; set; }

    /// <summary>
    /// The name follows the Core text rules: given, fits its column, no control characters. The email holds no
    /// control characters either, not even a line break or tab at its ends that trimming would drop unseen.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RuleValidation.Results(
            Text.CheckRequired(DisplayName, FieldLengths.Name, nameof(DisplayName)),
            Text.Check(Email, MaxEmailLength, nameof(Email)));

    public IEnumerable<string> Roles()
    {
        if (IsEngineer)
        {
            yield return Core.Security.Roles.Engineer;
        }

        if (IsTeamLead)
        {
            yield return Core.Security.Roles.TeamLead;
        }

        if (IsAdmin)
        {
            yield return Core.Security.Roles.Admin;
        }
    }
}

public sealed class PasswordInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    [StringLength(100, MinimumLength = Hosting.IdentityExtensions.PasswordMinLength, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.PasswordLength))]
    public string Password { get; set; } = string.Empty;
}
