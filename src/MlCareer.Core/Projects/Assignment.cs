using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>An engineer on a project, with the share of their weekly capacity the project gets.</summary>
public sealed class Assignment : IVersioned
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public int EngineerId { get; set; }

    public Share Allocation { get; set; }

    public Guid Version { get; set; }
}
