using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;

namespace MlCareer.Web.Features.Activities;

/// <summary>An engagement's hours per ISO week and dates, as its edit dialog changes them.</summary>
public sealed class EngagementInput : IValidatableObject
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    public double? HoursPerWeek { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public static EngagementInput From(Engagement engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        return new()
        {
            Id = engagement.Id,
            Version = engagement.Version,
            HoursPerWeek = engagement.HoursPerWeek.Value,
            Start = engagement.Start.ToDateTime(TimeOnly.MinValue),
            End = engagement.End.ToDateTime(TimeOnly.MinValue),
        };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RuleValidation.Results(Engagement.CheckPlan(HoursPerWeek, Start.ToDate(), End.ToDate()));
}

/// <summary>Completing an engagement (or correcting a done one): the day it was done and what came of it.</summary>
public sealed class OutcomeInput : IValidatableObject
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    public DateTime? CompletedOn { get; set; }

    public string? OutcomeLink { get; set; }

    public decimal? MoneyAmount { get; set; }

    public string? MoneyCurrency { get; set; }

    public int? CompetitionRank { get; set; }

    public string? OutcomeNote { get; set; }

    public EngagementOutcome ToOutcome() => new(OutcomeLink, MoneyAmount, MoneyCurrency, CompetitionRank, OutcomeNote);

    public static OutcomeInput From(Engagement engagement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var on = engagement.CompletedOn ?? (engagement.End < today ? engagement.End : today);
        return new()
        {
            Id = engagement.Id,
            Version = engagement.Version,
            CompletedOn = on.ToDateTime(TimeOnly.MinValue),
            OutcomeLink = engagement.OutcomeLink,
            MoneyAmount = engagement.MoneyEarned?.Amount,
            MoneyCurrency = engagement.MoneyEarned?.Currency,
            CompetitionRank = engagement.CompetitionRank,
            OutcomeNote = engagement.OutcomeNote,
        };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        [CompletedOn is { } on ? PlanDates.Check(DateOnly.FromDateTime(on), nameof(CompletedOn)) : new RuleViolation(RuleCode.Required, nameof(CompletedOn)),
         .. ToOutcome().Validate()]);
}
