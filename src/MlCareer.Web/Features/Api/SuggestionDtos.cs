using MlCareer.Core.Suggestions;

namespace MlCareer.Web.Features.Api;

/// <summary>One window ahead with its ranked suggestions.</summary>
public sealed record WindowSuggestionsDto(string Start, string End, double MinFreeHours, double AverageFreeHours, double Confidence, IReadOnlyList<SuggestionDto> Suggestions)
{
    public static WindowSuggestionsDto From(WindowSuggestions window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var w = window.Window;
        return new(w.Start.ToString(), w.End.ToString(), WeekDto.Round(w.MinFreeHours), WeekDto.Round(w.AverageFreeHours), Math.Round(w.Confidence, 2),
            [.. window.Suggestions.Select(SuggestionDto.From)]);
    }
}

/// <summary>A catalog activity suggested for a window (rank 1 is best), with the hours and dates to start it and its reasons.</summary>
public sealed record SuggestionDto(
    int Rank, string ActivityKey, string Activity, string Kind, double Score, double HoursPerWeek, DateOnly Start, DateOnly End, bool IsStanding,
    IReadOnlyList<ReasonDto> Reasons)
{
    public static SuggestionDto From(Suggestion s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Rank, s.Activity.Key, s.Activity.Title, s.Activity.Kind.ToString(), s.Score, WeekDto.Round(s.HoursPerWeek), s.Start, s.End, s.IsStanding,
            [.. s.Reasons.Select(r => new ReasonDto(r.Kind.ToString(), r.Points))]);
    }
}

/// <summary>A reason behind a suggestion and the points it adds to the score (0 when it only explains a fit).</summary>
public sealed record ReasonDto(string Kind, double Points);
