using MlCareer.Core.Activities;

namespace MlCareer.Web.Features.Api;

/// <summary>A side activity of the catalog, as the suggestion rules see it; hours are per ISO week.</summary>
public sealed record CatalogEntryDto(
    string Key, string Kind, string Title, string TitleZh, string? Description, string? Link, double MinHoursPerWeek, double MaxHoursPerWeek,
    int MinWeeks, string Commitment, int? CommitmentWeeks, bool Interruptible, bool NeedsTeam, string PayBasis, decimal? PayAmount,
    string? PayCurrency, IReadOnlyList<string> Skills)
{
    public static CatalogEntryDto From(SideActivity a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Key, a.Kind.ToString(), a.Title, a.TitleZh, a.Description, a.Link, a.HoursPerWeek.Min, a.HoursPerWeek.Max, a.MinWeeks,
            a.Commitment.Shape.ToString(), a.Commitment.Weeks, a.IsInterruptible, a.NeedsTeam, a.Pay.Basis.ToString(), a.Pay.Amount, a.Pay.Currency, a.Skills);
    }
}

/// <summary>A side activity the engineer took on, with its dates and what came of it.</summary>
public sealed record EngagementDto(
    int Id, string ActivityKey, string Activity, string Kind, string Status, double HoursPerWeek, DateOnly Start, DateOnly End,
    DateOnly? CompletedOn, DateOnly? DroppedOn, string? OutcomeLink, decimal? MoneyEarned, string? Currency, int? CompetitionRank, string? OutcomeNote);
