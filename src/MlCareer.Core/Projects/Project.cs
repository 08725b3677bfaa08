using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>An ML project of a team: its phases and the engineers assigned to it.</summary>
public sealed class Project : IVersioned
{
    public int Id { get; set; }

    public int TeamId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;

    public DateOnly StartDate { get; set; }

    public List<Phase> Phases { get; set; } = [];

    public List<Assignment> Assignments { get; set; } = [];

    public Guid Version { get; set; }
}
