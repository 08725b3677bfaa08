using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// Everything the engine needs about one engineer besides the catalog: their facts, the current week,
/// their upcoming windows, their plan week by week from the current week on, their side activities of the
/// last months and ahead, their model-development and deployment phases with the day each ended (or is
/// planned to), their teammates' windows, and the activities to leave out (dismissed, snoozed or taken on).
/// </summary>
/// <remarks>
/// A commitment that outlasts its window is checked week by week until it ends or <see cref="Weeks"/> does:
/// give weeks as far as the longest commitment can reach (<see cref="SuggestionInputs.Calculator"/> computes
/// them), and the reasons say until which week the plan was checked.
/// </remarks>
public sealed record SuggestionInput(
    EngineerFacts Engineer,
    IsoWeek CurrentWeek,
    IReadOnlyList<SuggestionWindow> Windows,
    IReadOnlyList<PlanWeek> Weeks,
    IReadOnlyList<RecentEngagement> Engagements,
    IReadOnlyList<FinishedPhase> FinishedPhases,
    IReadOnlyList<TeammateWindow> TeammateWindows,
    IReadOnlyList<HiddenSuggestion>? Hidden = null);
