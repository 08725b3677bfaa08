namespace MlCareer.Core.Suggestions;

/// <summary>One window with its ranked suggestions, and the teammates free at the same time (for at least the team overlap).</summary>
public sealed record WindowSuggestions(SuggestionWindow Window, IReadOnlyList<TeammateOverlap> Teammates, IReadOnlyList<Suggestion> Suggestions);
