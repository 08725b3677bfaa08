using MlCareer.Core.Activities;
using MlCareer.Web.Features.Suggestions;

namespace MlCareer.Web.Features.Catalog;

/// <summary>A catalog entry's figures as the grid shows them: "2–4 h/week", "recurring, 52 weeks", "$500 a piece".</summary>
public static class CatalogText
{
    public static string Hours(SideActivity activity, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(l);
        var range = activity.HoursPerWeek;
        var hours = range.Min == range.Max ? Formats(range.Min) : $"{Formats(range.Min)}–{Formats(range.Max)}";
        return l["Suggestions.HoursPerWeek", hours];
    }

    public static string Commitment(SideActivity activity, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(l);
        return activity.Commitment.Weeks is { } weeks
            ? l[$"Catalog.Shape.{activity.Commitment.Shape}Weeks", weeks]
            : l[$"Catalog.Shape.{activity.Commitment.Shape}"];
    }

    public static string Pay(SideActivity activity, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(l);
        return activity.Pay.Money is not { } money ? l["Catalog.Unpaid"]
            : activity.Pay.Basis == PayBasis.PerHour ? l["Catalog.PerHour", MoneyText.Format(money)]
            : l["Catalog.PerPiece", MoneyText.Format(money)];
    }

    private static string Formats(double hours) => Localization.Formats.Hours(hours);
}
