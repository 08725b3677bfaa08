using System.Globalization;
using System.Resources;

namespace MlCareer.Web.Localization;

/// <summary>
/// DataAnnotations messages in the current UI language, for
/// <c>[Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]</c>.
/// </summary>
public static class ValidationMessages
{
    private static readonly ResourceManager Resources = new("MlCareer.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Required => Get("Validation.Required");

    public static string Email => Get("Validation.Email");

    public static string MaxLength => Get("Validation.MaxLength");

    public static string Range => Get("Validation.Range");

    public static string PasswordLength => Get("Validation.PasswordLength");

    public static string PasswordsDiffer => Get("Validation.PasswordsDiffer");

    /// <summary>The message of a broken Core rule, dates and numbers written for the current culture.</summary>
    public static string For(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var args = violation.Args.Select(a => a switch
        {
            DateOnly date => date.ToString(Get("Format.Date"), CultureInfo.CurrentCulture),
            double number => number.ToString("0.##", CultureInfo.CurrentCulture),
            _ => a,
        }).ToArray();
        return string.Format(CultureInfo.CurrentCulture, Get($"Rules.{violation.Code}"), args);
    }

    private static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
