using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// What came of an engagement, as the engineer records it: where it can be seen (an article, a recorded
/// talk, a leaderboard), the money earned (amount and currency, or neither), a competition's final rank,
/// and a note. Every part is optional.
/// </summary>
public sealed record EngagementOutcome(string? OutcomeLink, decimal? MoneyAmount, string? MoneyCurrency, int? CompetitionRank, string? OutcomeNote)
{
    /// <summary>The lowest rank recorded: a million places.</summary>
    public const int MaxRank = 1_000_000;

    public static EngagementOutcome None { get; } = new(null, null, null, null, null);

    /// <summary>Every broken rule, by the field's name: a web link, money from 0 to a million with its currency, a rank of 1 or more, a note that fits.</summary>
    public IReadOnlyList<RuleViolation> Validate()
    {
        RuleViolation?[] checks =
        [
            WebLink.Check(OutcomeLink, nameof(OutcomeLink)),
            Money.Check(MoneyAmount, MoneyCurrency, nameof(MoneyAmount), nameof(MoneyCurrency)),
            CompetitionRank is null or (>= 1 and <= MaxRank) ? null : new RuleViolation(RuleCode.OutOfRange, nameof(CompetitionRank), [1, MaxRank]),
            Text.Check(OutcomeNote, FieldLengths.Note, nameof(OutcomeNote), multiline: true),
        ];
        return [.. checks.OfType<RuleViolation>()];
    }

    public static EngagementOutcome Of(Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        return new(engagement.OutcomeLink, engagement.MoneyEarned?.Amount, engagement.MoneyEarned?.Currency, engagement.CompetitionRank, engagement.OutcomeNote);
    }
}
