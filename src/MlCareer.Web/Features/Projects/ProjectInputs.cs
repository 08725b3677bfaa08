using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Projects;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Projects;

/// <summary>Create or edit a project. On creation the creator is assigned with <see cref="MyAllocationPercent"/>.</summary>
public sealed class ProjectInput
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    [MaxLength(FieldLengths.Name, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.MaxLength))]
    public string Name { get; set; } = string.Empty;

    [MaxLength(FieldLengths.Description, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.MaxLength))]
    public string? Description { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public DateTime? StartDate { get; set; }

    [Range(Allocation.MinPercent, Allocation.MaxPercent, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int MyAllocationPercent { get; set; } = 50;
}

/// <summary>One row of the new-project template.</summary>
public sealed class PhaseDraftInput
{
    public PhaseKind Kind { get; set; }

    public bool Include { get; set; } = true;

    [Range(1, PhaseTemplate.MaxWeeks, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int Weeks { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int SharePercent { get; set; }
}

public sealed class PhaseInput
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    public PhaseKind Kind { get; set; } = PhaseKind.ModelDevelopment;

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public DateTime? PlannedStart { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public DateTime? PlannedEnd { get; set; }

    public DateTime? ActualStart { get; set; }

    public DateTime? ActualEnd { get; set; }

    public PhaseStatus Status { get; set; } = PhaseStatus.Planned;

    /// <summary>Empty means the phase kind's default share.</summary>
    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int? SharePercent { get; set; }

    [MaxLength(FieldLengths.Note, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.MaxLength))]
    public string? Notes { get; set; }
}

public sealed class PeriodInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    [MaxLength(FieldLengths.ShortText, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.MaxLength))]
    public string Label { get; set; } = string.Empty;

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public DateTime? Start { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public DateTime? End { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int SharePercent { get; set; } = 15;
}

public sealed class AssignmentInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Required))]
    public int? EngineerId { get; set; }

    [Range(Allocation.MinPercent, Allocation.MaxPercent, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int AllocationPercent { get; set; } = 50;
}
