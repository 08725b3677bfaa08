using MlCareer.Core.Common;

namespace MlCareer.Core.Teams;

/// <summary>A group of engineers led by one or more team leads; projects belong to a team.</summary>
public sealed class Team : IVersioned
{
    private string _name = string.Empty;

    public int Id { get; set; }

    /// <summary>Given when the team is made; changed only through <see cref="TryRename"/>.</summary>
    public required string Name { get => _name; init => _name = value; }

    /// <summary>Given when the team is made.</summary>
    public string? Description { get; init; }

    public Guid Version { get; set; }

    /// <summary>A team's name: required, at most <see cref="FieldLengths.Name"/> characters, no control characters.</summary>
    public static RuleViolation? CheckName(string? name) => Text.CheckRequired(name, FieldLengths.Name, nameof(Name));

    /// <summary>Stores the name trimmed, or returns the rule it breaks and keeps the old one.</summary>
    public RuleViolation? TryRename(string name)
    {
        var violation = CheckName(name);
        if (violation is null)
        {
            _name = name.Trim();
        }

        return violation;
    }

    /// <summary>A team may be deleted only when nobody is in it and no project (archived ones too) belongs to it.</summary>
    public static RuleViolation? CheckDeletable(int members, int projects) =>
        members > 0 || projects > 0 ? new RuleViolation(RuleCode.TeamNotEmpty, null, [members, projects]) : null;
}
