using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// A catalog activity the engine leaves out of every window that shares an ISO week with
/// <paramref name="From"/> to <paramref name="To"/> (both included; null: no bound): dismissed for a window,
/// snoozed, or already taken on over those weeks. <see cref="SuggestionFeedback.Hidden"/> makes them.
/// </summary>
public sealed record HiddenSuggestion(int SideActivityId, IsoWeek? From, IsoWeek? To)
{
    public bool Hides(int sideActivityId, SuggestionWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return sideActivityId == SideActivityId && (From is not { } from || window.End >= from) && (To is not { } to || window.Start <= to);
    }
}
