using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Features;

/// <summary>
/// Runs an input's DataAnnotations again on the server, so a crafted circuit call gets the same
/// messages as the form and stores nothing.
/// </summary>
public static class InputValidation
{
    public static ResultError? Validate(object input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return null;
        }

        var first = results[0];
        return new ResultError(ErrorKind.Invalid, "Errors.Text", first.MemberNames.FirstOrDefault(), first.ErrorMessage ?? string.Empty);
    }

    public static ResultError Conflict() => new(ErrorKind.Conflict, "Errors.Conflict");

    public static ResultError NotFound() => new(ErrorKind.NotFound, "Errors.NotFound");
}
