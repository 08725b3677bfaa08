using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

public sealed record ProjectRow(int Id, string Name, ProjectStatus Status, IReadOnlyList<PhaseKind> CurrentPhases, int? MyAllocationPercent);

public sealed record MemberOption(int EngineerId, string Name);

/// <summary>An assignment with the engineer's total allocation over planned and active projects.</summary>
public sealed record AssignmentView(int EngineerId, string Name, int AllocationPercent, int TotalPercent, bool IsOverAllocated);

public sealed record ProjectView(
    int Id,
    string Name,
    string? Description,
    ProjectStatus Status,
    DateOnly StartDate,
    string TeamName,
    Guid Version,
    bool CanEdit,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<MemberOption> Members,
    DateOnly Today);
