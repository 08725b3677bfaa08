using System.Globalization;
using System.Resources;
using MlCareer.Core.Activities;

namespace MlCareer.Web.Features.Catalog;

/// <summary>A broken catalog rule (<see cref="SideActivityViolation"/>) as a sentence in the current language: the resource <c>Catalog.Violation.{Code}</c> with its arguments.</summary>
public static class CatalogMessages
{
    private static readonly ResourceManager Resources = new("MlCareer.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string KeyOf(SideActivityViolationCode code) => $"Catalog.Violation.{code}";

    public static string For(SideActivityViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var format = Resources.GetString(KeyOf(violation.Code), CultureInfo.CurrentUICulture) ?? violation.Code.ToString();
        var args = violation.Args.Select(a => a switch
        {
            double number => number.ToString("0.##", CultureInfo.CurrentCulture),
            decimal amount => amount.ToString("#,0.##", CultureInfo.CurrentCulture),
            _ => a,
        }).ToArray();
        return string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
