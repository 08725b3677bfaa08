using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>A failed hard filter with the typed arguments its <see cref="Filter"/> documents. Hours are per ISO week.</summary>
public sealed record SuggestionFailure(SuggestionFilter Filter)
{
    public double? Hours { get; init; }

    public double? MinHours { get; init; }

    public double? MaxHours { get; init; }

    public int? Weeks { get; init; }

    public int? OfWeeks { get; init; }

    public IsoWeek? Week { get; init; }

    public ActivityKind? ActivityKind { get; init; }

    public Money? Amount { get; init; }

    public Money? Minimum { get; init; }
}
