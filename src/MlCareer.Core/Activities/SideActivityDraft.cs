namespace MlCareer.Core.Activities;

/// <summary>
/// The fields of a catalog entry as an editor, an import or the API hands them in, before
/// <see cref="SideActivityRules.Validate"/> has checked them. Hours are per ISO week; weeks are ISO weeks.
/// </summary>
public sealed record SideActivityDraft(
    ActivityKind Kind,
    string? Title,
    string? TitleZh,
    string? Description,
    string? DescriptionZh,
    string? Link,
    double MinHoursPerWeek,
    double MaxHoursPerWeek,
    int MinWeeks,
    CommitmentShape CommitmentShape,
    int? CommitmentWeeks,
    bool IsInterruptible,
    bool NeedsTeam,
    PayBasis PayBasis,
    decimal? PayAmount,
    string? PayCurrency,
    ActivityBenefits Benefits,
    IReadOnlyList<string> Skills,
    string? Industry)
{
    /// <summary>The draft that edits <paramref name="activity"/> as it is stored.</summary>
    public static SideActivityDraft From(SideActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(
            activity.Kind,
            activity.Title,
            activity.TitleZh,
            activity.Description,
            activity.DescriptionZh,
            activity.Link,
            activity.HoursPerWeek.Min,
            activity.HoursPerWeek.Max,
            activity.MinWeeks,
            activity.Commitment.Shape,
            activity.Commitment.Weeks,
            activity.IsInterruptible,
            activity.NeedsTeam,
            activity.Pay.Basis,
            activity.Pay.Amount,
            activity.Pay.Currency,
            activity.Benefits,
            [.. activity.Skills],
            activity.Industry);
    }
}
