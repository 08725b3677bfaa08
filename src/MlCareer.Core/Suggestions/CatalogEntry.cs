using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>A catalog activity with the facts the engine derives from it once, for every engineer.</summary>
internal sealed class CatalogEntry
{
    public CatalogEntry(SideActivity activity, SuggestionRules rules)
    {
        Activity = activity;
        HourlyRate = activity.HourlyRate;
        IsDailyLearning = activity.Kind == ActivityKind.Learning
            && activity.MinWeeks <= 1
            && activity.Commitment.Shape == CommitmentShape.OneOff
            && activity.HoursPerWeek.Min <= rules.DailyLearningHours + HardFilters.Epsilon;
    }

    public SideActivity Activity { get; }

    /// <summary>Pay per hour (per-piece pay spread over the hours a piece takes); null when unpaid.</summary>
    public Money? HourlyRate { get; }

    /// <summary>A learning habit small enough to fit any window: the standing daily-learning suggestion.</summary>
    public bool IsDailyLearning { get; }

    /// <summary>Orders entries by key, then id: the tie-break that makes rankings independent of catalog order.</summary>
    public static int CompareByKey(CatalogEntry left, CatalogEntry right)
    {
        var byKey = string.CompareOrdinal(left.Activity.Key, right.Activity.Key);
        return byKey != 0 ? byKey : left.Activity.Id.CompareTo(right.Activity.Id);
    }
}
