using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// Everything the engine needs about one engineer besides the catalog: their facts, the current week,
/// their upcoming windows, their plan week by week from the first window to the end of the plan (weeks
/// beyond the last one given are unknown), their side activities of the last months and ahead, their
/// model-development and deployment phases with the day each ended, and their teammates' windows.
/// </summary>
public sealed record SuggestionInput(
    EngineerFacts Engineer,
    IsoWeek CurrentWeek,
    IReadOnlyList<SuggestionWindow> Windows,
    IReadOnlyList<PlanWeek> Weeks,
    IReadOnlyList<RecentEngagement> Engagements,
    IReadOnlyList<FinishedPhase> FinishedPhases,
    IReadOnlyList<TeammateWindow> TeammateWindows);
