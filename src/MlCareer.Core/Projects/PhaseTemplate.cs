using MlCareer.Core.Common;
using MlCareer.Core.Involvement;

namespace MlCareer.Core.Projects;

/// <summary>One phase of the new-project template, before the user adjusts it.</summary>
public sealed record PhaseDraft(PhaseKind Kind, int Weeks, double Share, bool Include = true);

/// <summary>
/// The six phases of the brief, in order, as a starting plan for a new project: each phase starts the
/// Monday after the previous one ends and lasts its typical number of weeks.
/// </summary>
public static class PhaseTemplate
{
    public const int MaxWeeks = 104;

    public static IReadOnlyList<PhaseDraft> Drafts(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return [.. Enum.GetValues<PhaseKind>().Select(k => new PhaseDraft(k, InvolvementDefaults.TypicalWeeks(k), settings.ShareFor(k).Value))];
    }

    /// <summary>
    /// Turns the included drafts into planned phases from the ISO week of <paramref name="start"/>.
    /// A share equal to the kind's default is left unset, so later changes to the default apply.
    /// </summary>
    public static IReadOnlyList<Phase> Build(DateOnly start, IEnumerable<PhaseDraft> drafts, PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(settings);
        var phases = new List<Phase>();
        var week = IsoWeek.FromDate(start);
        foreach (var draft in drafts.Where(d => d.Include))
        {
            if (draft.Weeks is < 1 or > MaxWeeks)
            {
                throw new ArgumentOutOfRangeException(nameof(drafts), draft.Weeks, $"A phase lasts from 1 to {MaxWeeks} weeks.");
            }

            var phase = new Phase
            {
                Kind = draft.Kind,
                Order = phases.Count + 1,
                InvolvementShare = Math.Abs(draft.Share - settings.ShareFor(draft.Kind).Value) < 1e-9 ? null : new Share(draft.Share),
            };
            phase.Plan(phases.Count == 0 ? start : week.Monday, week.AddWeeks(draft.Weeks - 1).Sunday);
            phases.Add(phase);
            week = week.AddWeeks(draft.Weeks);
        }

        return phases;
    }
}
