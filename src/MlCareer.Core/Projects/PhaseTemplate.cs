using MlCareer.Core.Involvement;

namespace MlCareer.Core.Projects;

/// <summary>One phase of the new-project template, before the user adjusts it: its length in ISO weeks and share in percent.</summary>
public sealed record PhaseDraft(PhaseKind Kind, int Weeks, int SharePercent, bool Include = true);

/// <summary>
/// The six phases of the brief, in order, as a starting plan for a new project. Template weeks are whole
/// ISO weeks from the Monday of the start date's week: each phase starts the Monday after the previous
/// one ends and lasts its number of weeks, so "2 weeks" is always 14 days.
/// </summary>
public static class PhaseTemplate
{
    public const int MaxWeeks = 104;

    public static IReadOnlyList<PhaseDraft> Drafts(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return [.. PhaseKinds.All.Select(k => new PhaseDraft(k, InvolvementDefaults.TypicalWeeks(k), settings.ShareFor(k).ToPercent()))];
    }

    /// <summary>The Monday the template's first phase starts on, for a project starting on <paramref name="start"/>.</summary>
    public static DateOnly FirstMonday(DateOnly start) => IsoWeek.FromDate(start).Monday;

    /// <summary>Checks one draft row: 1–104 weeks and a share of 0–100%. Fields are the draft's property names.</summary>
    public static RuleViolation? Check(PhaseDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return !PhaseKinds.IsDefined(draft.Kind) ? new RuleViolation(RuleCode.UnknownValue, nameof(PhaseDraft.Kind))
            : draft.Weeks is < 1 or > MaxWeeks ? new RuleViolation(RuleCode.OutOfRange, nameof(PhaseDraft.Weeks), [1, MaxWeeks])
            : Share.IsValidPercent(draft.SharePercent) ? null
            : new RuleViolation(RuleCode.OutOfRange, nameof(PhaseDraft.SharePercent), [0, Share.MaxPercent]);
    }

    /// <summary>
    /// Turns the included drafts into planned phases. A share equal to the kind's default is left unset,
    /// so later changes to the default apply. Returns the first violation instead when a draft breaks a rule.
    /// </summary>
    public static RuleViolation? TryBuild(DateOnly start, IEnumerable<PhaseDraft> drafts, PlanningSettings settings, out IReadOnlyList<Phase> phases)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(settings);
        var built = new List<Phase>();
        phases = built;
        var week = IsoWeek.FromDate(start);
        foreach (var draft in drafts.Where(d => d.Include))
        {
            if (Check(draft) is { } invalid)
            {
                return invalid;
            }

            var phase = new Phase { Kind = draft.Kind };
            phase.SetShare(draft.SharePercent == settings.ShareFor(draft.Kind).ToPercent() ? null : Share.FromPercent(draft.SharePercent));
            if (phase.TryPlan(week.Monday, week.AddWeeks(draft.Weeks - 1).Sunday) is { } outOfBounds)
            {
                return outOfBounds;
            }

            built.Add(phase);
            week = week.AddWeeks(draft.Weeks);
        }

        return null;
    }
}
