using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// Taking a suggestion on: the activity, the window it was suggested for (by its first week), the hours
/// per ISO week and the dates, pre-filled from the suggestion and changed by the engineer.
/// </summary>
public sealed class AcceptInput : IValidatableObject
{
    public int SideActivityId { get; set; }

    public IsoWeek WindowStart { get; set; }

    public double? HoursPerWeek { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RuleValidation.Results(Engagement.CheckPlan(HoursPerWeek, Start.ToDate(), End.ToDate()));
}

/// <summary>"Not now" for a suggestion in a window; with <see cref="NotThisKind"/> the kind joins the engineer's dislikes.</summary>
public sealed class DismissInput
{
    public int SideActivityId { get; set; }

    public IsoWeek WindowStart { get; set; }

    public bool NotThisKind { get; set; }
}

/// <summary>Hide a suggestion in every window until <see cref="Until"/>, which lies after today.</summary>
public sealed class SnoozeInput : IValidatableObject
{
    public int SideActivityId { get; set; }

    public IsoWeek WindowStart { get; set; }

    public DateTime? Until { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        Until is { } until ? PlanDates.Check(DateOnly.FromDateTime(until), nameof(Until)) : new RuleViolation(RuleCode.Required, nameof(Until)));
}
