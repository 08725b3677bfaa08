using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Users;

/// <summary>
/// An admin's entry of one person's weekly capacity, as typed: the text is read in the person's culture
/// (its decimal separator, an optional sign, nothing else; <see cref="NumberText"/>), so <c>12,5</c>, <c>1e9</c> or <c>abc</c> are
/// refused rather than read as something else.
/// </summary>
public sealed class CapacityInput
{
    public string UserId { get; set; } = string.Empty;

    /// <summary>The version of the engineer profile the form showed.</summary>
    public Guid Version { get; set; }

    /// <summary>Hours per ISO week, as typed.</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public string Hours { get; set; } = string.Empty;

    /// <summary>The typed hours as a number, when the text is a plain decimal number in <paramref name="culture"/>.</summary>
    public bool TryReadHours(CultureInfo culture, out double hours) =>
        NumberText.TryParse(Hours, culture, out hours);
}
