using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// What an engineer chose when accepting a suggestion: the window it was for (by its first week), the
/// hours per ISO week, and the dates (both included).
/// </summary>
public sealed record SuggestionChoice(IsoWeek WindowStart, double HoursPerWeek, DateOnly Start, DateOnly End);
