using System.Globalization;
using MlCareer.Core.Activities;
using MlCareer.Core.Suggestions;
using static MlCareer.Web.Localization.Formats;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// A suggestion's reasons in the person's language, from the structured <see cref="SuggestionReason"/>:
/// "fits: 10 of your 24 free hours a week", "a 52-week commitment: no week of yours goes over 40 h until
/// 2027-W40", "new industry: healthcare", "about $50/h", "you can pause it: your Training run in Customer
/// churn prediction needs only monitoring".
/// </summary>
public static class ReasonText
{
    public static string For(SuggestionReason reason, Suggestion suggestion, IsoWeek currentWeek, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(l);
        return reason.Kind switch
        {
            ReasonKind.FitsFreeHours => l["Suggestions.Reason.FitsFreeHours", H(reason.Hours), H(reason.OfHours), H(reason.BudgetHours)],
            ReasonKind.FitsWindow => l["Suggestions.Reason.FitsWindow", reason.Weeks ?? 0, reason.OfWeeks ?? 0],
            ReasonKind.FitsPlanBeyondWindow => Beyond(reason, suggestion, l),
            ReasonKind.Interest => l["Suggestions.Reason.Interest", Kind(reason.ActivityKind, l)],
            ReasonKind.NewSkill => l["Suggestions.Reason.NewSkill", Join(reason.Skills)],
            ReasonKind.DeepenSkill => l["Suggestions.Reason.DeepenSkill", Join(reason.Skills)],
            ReasonKind.NewIndustry => l["Suggestions.Reason.NewIndustry", reason.Industry ?? string.Empty],
            ReasonKind.Pay => Pay(reason, l),
            ReasonKind.Variety => reason.Hours is > 0
                ? l["Suggestions.Reason.Variety", H(reason.Hours), H(reason.OfHours), reason.Weeks ?? 0, Kind(reason.ActivityKind, l)]
                : l["Suggestions.Reason.VarietyNew", H(reason.OfHours), reason.Weeks ?? 0, Kind(reason.ActivityKind, l)],
            ReasonKind.Interruptible => l["Suggestions.Reason.Interruptible", reason.Label ?? string.Empty, reason.ProjectName ?? string.Empty, reason.Weeks ?? 0, reason.OfWeeks ?? 0],
            ReasonKind.TeamCompetition => l["Suggestions.Reason.Team", Teammates(reason.Teammates ?? [], l)],
            ReasonKind.WriteUp => l[reason.Week < currentWeek ? "Suggestions.Reason.WriteUpEnded" : "Suggestions.Reason.WriteUpEnds",
                reason.ProjectName ?? string.Empty, l[$"Phase.{reason.PhaseKind}"], reason.Week?.ToString() ?? string.Empty],
            ReasonKind.DailyLearning => l["Suggestions.Reason.DailyLearning", reason.Minutes ?? 0, H(reason.Hours)],
            _ => reason.Kind.ToString(),
        };
    }

    /// <summary>The most teammates a sentence names; the rest are counted ("and 2 more").</summary>
    public const int MaxNamedTeammates = 3;

    /// <summary>"Chen Jing (2026-W50–W52) and Emma Laurent (2026-W51–W52)", the longest shared runs first.</summary>
    public static string Teammates(IReadOnlyList<TeammateOverlap> teammates, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(teammates);
        ArgumentNullException.ThrowIfNull(l);
        var parts = teammates.OrderByDescending(t => t.Weeks).ThenBy(t => t.Name, StringComparer.CurrentCulture)
            .Select(t => l["Suggestions.Teammate", t.Name, WeekText.Range(t.From, t.To)].Value).ToList();
        if (parts.Count > MaxNamedTeammates)
        {
            parts = [.. parts.Take(MaxNamedTeammates), l["Workload.Cause.More", parts.Count - MaxNamedTeammates]];
        }

        return parts.Count <= 1 ? string.Concat(parts) : l["Workload.Cause.Join", string.Join(l["Workload.Cause.Separator"], parts.SkipLast(1)), parts[^1]];
    }

    public static string Kind(ActivityKind? kind, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"ActivityKind.{kind}"].Value.ToLower(CultureInfo.CurrentCulture);
    }

    private static string Beyond(SuggestionReason reason, Suggestion suggestion, IStringLocalizer l)
    {
        var weeks = reason.Weeks ?? 0;
        if (reason.Week is null)
        {
            return l["Suggestions.Reason.BeyondUnknown", weeks];
        }

        var text = l["Suggestions.Reason.Beyond", weeks, H(reason.OfHours), reason.UntilWeek?.ToString() ?? string.Empty].Value;
        return reason.UntilWeek is { } until && until < IsoWeek.FromDate(suggestion.End)
            ? l["Suggestions.Reason.PlanKnownUntil", text, until]
            : text;
    }

    private static string Pay(SuggestionReason reason, IStringLocalizer l)
    {
        var rate = reason.Amount is { } amount ? MoneyText.Approximate(amount) : string.Empty;
        var text = reason.PieceAmount is { } piece
            ? l["Suggestions.Reason.PayPiece", rate, MoneyText.Format(piece), H(reason.Hours)].Value
            : l["Suggestions.Reason.Pay", rate].Value;
        return reason.Minimum is { } minimum ? l["Suggestions.Reason.PayMinimum", text, MoneyText.Format(minimum)] : text;
    }

    private static string H(double? hours) => Hours(hours ?? 0);

    private static string Join(IReadOnlyList<string>? items) => string.Join(", ", items ?? []);
}
