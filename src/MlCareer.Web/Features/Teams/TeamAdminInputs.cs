using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Features.Teams;

/// <summary>A member of a team as the admin page lists them: whether they hold the team-lead role.</summary>
public sealed record TeamPerson(int EngineerId, string Name, bool IsLead);

/// <summary>A team with its people (leads first, then by name) and how many projects belong to it (archived ones too).</summary>
public sealed record TeamAdminRow(int Id, string Name, Guid Version, IReadOnlyList<TeamPerson> Members, int Projects)
{
    public IEnumerable<TeamPerson> Leads => Members.Where(m => m.IsLead);

    public bool IsEmpty => Members.Count == 0 && Projects == 0;
}

/// <summary>A new team's name, or a new name for a team (with the version the form showed).</summary>
public sealed class TeamNameInput : IValidatableObject
{
    public string Name { get; set; } = string.Empty;

    public Guid Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RuleValidation.Results(Core.Teams.Team.CheckName(Name));
}
