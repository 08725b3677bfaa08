using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Features.AccessTokens;

/// <summary>A new personal access token: its name, what it may do, and for how many days it works.</summary>
public sealed class TokenInput : IValidatableObject
{
    public string Name { get; set; } = string.Empty;

    public TokenAccess Access { get; set; } = TokenAccess.Read;

    public int Days { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var violation = AccessToken.Check(Name, Access, Days);
        return RuleValidation.Results(violation?.Field == nameof(AccessToken.ExpiresAt) ? violation.On(nameof(Days)) : violation);
    }
}
