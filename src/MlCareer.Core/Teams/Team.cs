using MlCareer.Core.Common;

namespace MlCareer.Core.Teams;

/// <summary>A group of engineers led by one or more team leads; projects belong to a team.</summary>
public sealed class Team : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Guid Version { get; set; }

    /// <summary>A team may be deleted only when nobody is in it and no project (archived ones too) belongs to it.</summary>
    public static RuleViolation? CheckDeletable(int members, int projects) =>
        members > 0 || projects > 0 ? new RuleViolation(RuleCode.TeamNotEmpty, null, [members, projects]) : null;
}
