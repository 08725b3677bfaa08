using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>The transparent score: each factor adds points (rounded to hundredths) with a reason that shows them.</summary>
internal static class Scoring
{
    /// <summary>The reasons for a placed activity: first those that show the fit, then the scored ones, largest first.</summary>
    public static List<SuggestionReason> Reasons(CatalogEntry entry, Placement placement, EngineerContext engineer, WindowContext window, SuggestionRules rules)
    {
        var activity = entry.Activity;
        var reasons = new List<SuggestionReason>(10)
        {
            new(ReasonKind.FitsFreeHours, 0) { Hours = placement.Hours, OfHours = window.Window.MinFreeHours, BudgetHours = window.BudgetLeft },
            new(ReasonKind.FitsWindow, 0) { Weeks = activity.MinWeeks, OfWeeks = (window.EndDay - placement.StartDay + 1) / 7 },
        };
        if (placement.EndDay > window.EndDay)
        {
            var busiest = placement.Busiest;
            reasons.Add(new(ReasonKind.FitsPlanBeyondWindow, 0)
            {
                Weeks = activity.Commitment.Weeks,
                FromWeek = placement.FirstBeyond?.Week ?? window.Window.End.AddWeeks(1),
                UntilWeek = placement.LastBeyond?.Week ?? window.Window.End,
                Week = busiest?.Week,
                Hours = busiest is null ? null : busiest.LoadHours + placement.Hours,
                OfHours = busiest?.CapacityHours,
            });
        }

        if (entry.IsDailyLearning)
        {
            reasons.Add(new(ReasonKind.DailyLearning, 0) { Minutes = rules.DailyLearningMinutes, Hours = placement.Hours });
        }

        var scored = new List<SuggestionReason>(8);
        if (engineer.Likes.Contains(activity.Kind))
        {
            scored.Add(new(ReasonKind.Interest, rules.InterestPoints) { ActivityKind = activity.Kind });
        }

        AddSkills(scored, activity, engineer, rules);
        if (activity.Industry is { } industry && engineer.Facts.HomeIndustry is { Length: > 0 } home
            && !string.Equals(industry, home, StringComparison.OrdinalIgnoreCase))
        {
            scored.Add(new(ReasonKind.NewIndustry, rules.NewIndustryPoints) { Industry = industry });
        }

        AddPay(scored, entry, engineer.Facts.MinimumFreelanceRate, rules);
        AddVariety(scored, activity.Kind, engineer, rules);
        if (activity.IsInterruptible && window.FirstMonitoring is { } monitoring)
        {
            scored.Add(new(ReasonKind.Interruptible, Round(rules.InterruptiblePoints * window.MonitoringWeeks / window.Weeks))
            {
                Weeks = window.MonitoringWeeks, OfWeeks = window.Weeks, ProjectName = monitoring.ProjectName, Label = monitoring.Label, Week = monitoring.Week,
            });
        }

        if (activity.NeedsTeam && window.Teammates.Count > 0)
        {
            scored.Add(new(ReasonKind.TeamCompetition, rules.TeamPoints)
            {
                Teammates = window.Teammates, FromWeek = window.Teammates.Min(t => t.From), UntilWeek = window.Teammates.Max(t => t.To),
            });
        }

        if (activity.Kind == ActivityKind.Writing && window.WriteUp is { } phase)
        {
            scored.Add(new(ReasonKind.WriteUp, rules.WriteUpPoints) { ProjectName = phase.ProjectName, PhaseKind = phase.Kind, Week = IsoWeek.FromDate(phase.End) });
        }

        scored.RemoveAll(r => r.Points <= 0);
        scored.Sort((a, b) => a.Points != b.Points ? b.Points.CompareTo(a.Points) : a.Kind.CompareTo(b.Kind));
        reasons.AddRange(scored);
        return reasons;
    }

    private static void AddSkills(List<SuggestionReason> scored, SideActivity activity, EngineerContext engineer, SuggestionRules rules)
    {
        var toLearn = activity.Skills.Where(engineer.SkillsToLearn.Contains).ToList();
        if (toLearn.Count > 0)
        {
            scored.Add(new(ReasonKind.NewSkill, rules.NewSkillPoints) { Skills = toLearn });
            return;
        }

        var held = activity.Skills.Where(engineer.Skills.Contains).ToList();
        if (held.Count > 0)
        {
            scored.Add(new(ReasonKind.DeepenSkill, rules.DeepenSkillPoints) { Skills = held });
        }
    }

    /// <summary>Pay per hour against the minimum rate when both are in one currency; a flat amount for other paid work.</summary>
    private static void AddPay(List<SuggestionReason> scored, CatalogEntry entry, Money? minimum, SuggestionRules rules)
    {
        if (entry.HourlyRate is not { } rate)
        {
            return;
        }

        var compared = minimum is { Amount: > 0 } && minimum.Currency == rate.Currency;
        var points = compared ? Math.Min(rules.MaxPayPoints, (double)(rate.Amount / minimum!.Amount)) : rules.PaidPoints;
        var perPiece = entry.Activity.Pay.Basis == PayBasis.PerPiece;
        scored.Add(new(ReasonKind.Pay, Round(points))
        {
            Amount = rate,
            PieceAmount = perPiece ? entry.Activity.Pay.Money : null,
            Hours = perPiece ? entry.Activity.HoursPerPiece : null,
            Minimum = compared ? minimum : null,
        });
    }

    /// <summary>Variety: the share of the engineer's recent side hours that went to other kinds.</summary>
    private static void AddVariety(List<SuggestionReason> scored, ActivityKind kind, EngineerContext engineer, SuggestionRules rules)
    {
        if (engineer.RecentTotal <= 0)
        {
            return;
        }

        var hours = engineer.RecentHours(kind);
        scored.Add(new(ReasonKind.Variety, Round(rules.VarietyPoints * (1 - (hours / engineer.RecentTotal))))
        {
            ActivityKind = kind, Hours = Math.Round(hours, 1), OfHours = Math.Round(engineer.RecentTotal, 1), Weeks = rules.RecentWeeks,
        });
    }

    private static double Round(double points) => Math.Round(points, 2);
}
