using MlCareer.Core.Common;

namespace MlCareer.Core.Teams;

/// <summary>A group of engineers led by one or more team leads; projects belong to a team.</summary>
public sealed class Team : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Guid Version { get; set; }
}
