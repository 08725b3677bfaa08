using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

/// <summary>
/// Create or edit a project. On creation the creator is assigned with <see cref="MyAllocationPercent"/>.
/// Every input class here checks itself with the Core rules, so the form and the service say the same.
/// </summary>
public sealed class ProjectInput : IValidatableObject
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    public DateTime? StartDate { get; set; }

    public int? MyAllocationPercent { get; set; } = Allocation.DefaultPercent;

    /// <summary>On creation, the team the project belongs to; empty means the creator's own team. Only leads of it and admins may choose it.</summary>
    public int? TeamId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        Project.CheckName(Name),
        Project.CheckDescription(Description),
        Enum.IsDefined(Status) ? null : new RuleViolation(RuleCode.UnknownValue, nameof(Status)),
        StartDate is { } start ? PlanDates.Check(DateOnly.FromDateTime(start), nameof(StartDate)) : new RuleViolation(RuleCode.Required, nameof(StartDate)),
        Id is not null ? null
            : MyAllocationPercent is { } percent ? Allocation.TryFromPercent(percent, nameof(MyAllocationPercent), out _)
            : new RuleViolation(RuleCode.Required, nameof(MyAllocationPercent)));
}

/// <summary>One row of the new-project template.</summary>
public sealed class PhaseDraftInput : IValidatableObject
{
    public PhaseKind Kind { get; set; }

    public bool Include { get; set; } = true;

    public int? Weeks { get; set; }

    public int? SharePercent { get; set; }

    public PhaseDraft ToDraft() => new(Kind, Weeks ?? 0, SharePercent ?? 0, Include);

    /// <summary>What is wrong with the row, if anything: a blank field, or a Core template rule.</summary>
    public RuleViolation? Check() =>
        !Include ? null
        : Weeks is null ? new RuleViolation(RuleCode.Required, nameof(Weeks))
        : SharePercent is null ? new RuleViolation(RuleCode.Required, nameof(SharePercent))
        : PhaseTemplate.Check(ToDraft());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(Check());
}

/// <summary>A phase as its dialog edits it; <see cref="IsTentative"/> applies to phases not yet started.</summary>
public sealed class PhaseInput : IValidatableObject
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    public PhaseKind Kind { get; set; } = PhaseKind.ModelDevelopment;

    public DateTime? PlannedStart { get; set; }

    public DateTime? PlannedEnd { get; set; }

    public DateTime? ActualStart { get; set; }

    public DateTime? ActualEnd { get; set; }

    public bool IsTentative { get; set; }

    /// <summary>Empty means the phase kind's default share.</summary>
    public int? SharePercent { get; set; }

    public string? Notes { get; set; }

    /// <summary>The rules that need no stored phase; dates in force and "not after today" are checked by the phase itself.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        PhaseKinds.IsDefined(Kind) ? null : new RuleViolation(RuleCode.UnknownValue, nameof(Kind)),
        PlannedStart is null ? new RuleViolation(RuleCode.Required, nameof(PlannedStart)) : null,
        PlannedEnd is null ? new RuleViolation(RuleCode.Required, nameof(PlannedEnd)) : null,
        SharePercent is { } percent ? Share.TryFromPercent(percent, nameof(SharePercent), out _) : null,
        Phase.CheckNotes(Notes));
}

/// <summary>A period inside a phase; an empty share follows the training-run share in the settings.</summary>
public sealed class PeriodInput : IValidatableObject
{
    public string Label { get; set; } = string.Empty;

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public int? SharePercent { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        Text.CheckRequired(Label, FieldLengths.ShortText, nameof(Label)),
        Start is null ? new RuleViolation(RuleCode.Required, nameof(Start)) : null,
        End is null ? new RuleViolation(RuleCode.Required, nameof(End)) : null,
        SharePercent is { } percent ? Share.TryFromPercent(percent, nameof(SharePercent), out _) : null);
}

public sealed class AssignmentInput : IValidatableObject
{
    public int? EngineerId { get; set; }

    public int? AllocationPercent { get; set; } = Allocation.DefaultPercent;

    /// <summary>The version of the assignment the form showed; null when adding someone.</summary>
    public Guid? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Results(
        EngineerId is null ? new RuleViolation(RuleCode.Required, nameof(EngineerId)) : null,
        AllocationPercent is { } percent ? Allocation.TryFromPercent(percent, nameof(AllocationPercent), out _)
            : new RuleViolation(RuleCode.Required, nameof(AllocationPercent)));
}
