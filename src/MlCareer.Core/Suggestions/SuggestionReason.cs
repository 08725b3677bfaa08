using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// One reason for a suggestion, with the <see cref="Points"/> it adds to the score (0 for a reason
/// that only explains a fit) and the typed arguments its <see cref="Kind"/> documents. Hours are per ISO week.
/// </summary>
public sealed record SuggestionReason(ReasonKind Kind, double Points)
{
    public double? Hours { get; init; }

    public double? OfHours { get; init; }

    public double? BudgetHours { get; init; }

    public int? Weeks { get; init; }

    public int? OfWeeks { get; init; }

    public IsoWeek? Week { get; init; }

    public IsoWeek? FromWeek { get; init; }

    public IsoWeek? UntilWeek { get; init; }

    public ActivityKind? ActivityKind { get; init; }

    public PhaseKind? PhaseKind { get; init; }

    public string? ProjectName { get; init; }

    public string? Label { get; init; }

    public string? Industry { get; init; }

    public IReadOnlyList<string>? Skills { get; init; }

    public IReadOnlyList<TeammateOverlap>? Teammates { get; init; }

    public Money? Amount { get; init; }

    public Money? PieceAmount { get; init; }

    public Money? Minimum { get; init; }

    public int? Minutes { get; init; }
}
