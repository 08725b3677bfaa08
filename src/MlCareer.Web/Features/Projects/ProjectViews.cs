using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

public sealed record ProjectRow(int Id, string Name, ProjectStatus Status, bool IsArchived, IReadOnlyList<PhaseKind> CurrentPhases, int? MyAllocationPercent);

public sealed record MemberOption(int EngineerId, string Name);

/// <summary>An assignment with the engineer's total allocation over the projects that count ahead.</summary>
public sealed record AssignmentView(int EngineerId, string Name, int AllocationPercent, int TotalPercent, bool IsOverAllocated, Guid Version);

/// <summary>
/// A project as its page shows it. <see cref="CanEdit"/>: the caller may change its plan (never while
/// archived); <see cref="CanManage"/>: the caller may archive, restore or delete it.
/// </summary>
public sealed record ProjectView(
    int Id,
    string Name,
    string? Description,
    ProjectStatus Status,
    DateOnly StartDate,
    DateOnly? ArchivedOn,
    string TeamName,
    Guid Version,
    bool CanEdit,
    bool CanManage,
    int LoggedHourRows,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<MemberOption> Members,
    DateOnly Today,
    Share MonitoringShare);
