using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Activities;

namespace MlCareer.Web.Features.Catalog;

/// <summary>
/// A catalog entry as the admin's dialog edits it. It checks itself with the catalog rules
/// (<see cref="SideActivityRules.Validate"/>), so the dialog shows under each field what the service would refuse.
/// Skills are typed as one text, separated by commas.
/// </summary>
public sealed class ActivityInput : IValidatableObject
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    public ActivityKind Kind { get; set; } = ActivityKind.Writing;

    public string? Title { get; set; }

    public string? TitleZh { get; set; }

    public string? Description { get; set; }

    public string? DescriptionZh { get; set; }

    public string? Link { get; set; }

    public double? MinHoursPerWeek { get; set; }

    public double? MaxHoursPerWeek { get; set; }

    public int? MinWeeks { get; set; } = 1;

    public CommitmentShape CommitmentShape { get; set; }

    public int? CommitmentWeeks { get; set; }

    public bool IsInterruptible { get; set; }

    public bool NeedsTeam { get; set; }

    public PayBasis PayBasis { get; set; }

    public decimal? PayAmount { get; set; }

    public string? PayCurrency { get; set; }

    public bool Income { get; set; }

    public bool Visibility { get; set; }

    public bool BuildsSkills { get; set; }

    public bool Network { get; set; }

    public string? SkillsText { get; set; }

    public string? Industry { get; set; }

    public ActivityBenefits Benefits =>
        (Income ? ActivityBenefits.Income : 0) | (Visibility ? ActivityBenefits.Visibility : 0)
        | (BuildsSkills ? ActivityBenefits.Skills : 0) | (Network ? ActivityBenefits.Network : 0);

    public IReadOnlyList<string> Skills => Tags.Split(SkillsText);

    public SideActivityDraft ToDraft() => new(
        Kind, Title, TitleZh, Description, DescriptionZh, Link, MinHoursPerWeek ?? 0, MaxHoursPerWeek ?? 0, MinWeeks ?? 0,
        CommitmentShape, CommitmentShape == CommitmentShape.OneOff ? null : CommitmentWeeks, IsInterruptible, NeedsTeam,
        PayBasis, PayBasis == PayBasis.None ? null : PayAmount, PayBasis == PayBasis.None ? null : PayCurrency, Benefits, Skills, Industry);

    public static ActivityInput From(SideActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var benefits = activity.Benefits;
        return new ActivityInput
        {
            Id = activity.Id, Version = activity.Version, Kind = activity.Kind, Title = activity.Title, TitleZh = activity.TitleZh,
            Description = activity.Description, DescriptionZh = activity.DescriptionZh, Link = activity.Link,
            MinHoursPerWeek = activity.HoursPerWeek.Min, MaxHoursPerWeek = activity.HoursPerWeek.Max, MinWeeks = activity.MinWeeks,
            CommitmentShape = activity.Commitment.Shape, CommitmentWeeks = activity.Commitment.Weeks,
            IsInterruptible = activity.IsInterruptible, NeedsTeam = activity.NeedsTeam,
            PayBasis = activity.Pay.Basis, PayAmount = activity.Pay.Amount, PayCurrency = activity.Pay.Currency,
            Income = benefits.HasFlag(ActivityBenefits.Income), Visibility = benefits.HasFlag(ActivityBenefits.Visibility),
            BuildsSkills = benefits.HasFlag(ActivityBenefits.Skills), Network = benefits.HasFlag(ActivityBenefits.Network),
            SkillsText = string.Join(", ", activity.Skills), Industry = activity.Industry,
        };
    }

    /// <summary>A blank number is "required" on its field; every other rule is the catalog's, under the field it names.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var blank = new List<string>();
        Require(MinHoursPerWeek, nameof(MinHoursPerWeek), blank);
        Require(MaxHoursPerWeek, nameof(MaxHoursPerWeek), blank);
        Require(MinWeeks, nameof(MinWeeks), blank);
        var results = blank.Select(f => new ValidationResult(Localization.ValidationMessages.Required, [f])).ToList();
        results.AddRange(SideActivityRules.Validate(ToDraft())
            .Where(v => !blank.Contains(v.Field))
            .Select(v => new ValidationResult(CatalogMessages.For(v), [FieldOf(v.Field)])));
        return results;
    }

    /// <summary>The input property that shows a draft field's message.</summary>
    public static string FieldOf(string draftField) => draftField switch
    {
        nameof(SideActivityDraft.Skills) => nameof(SkillsText),
        nameof(SideActivityDraft.Benefits) => nameof(Income),
        _ => draftField,
    };

    private static void Require<T>(T? value, string field, List<string> blank)
        where T : struct
    {
        if (value is null)
        {
            blank.Add(field);
        }
    }
}
