namespace MlCareer.Core.Security;

/// <summary>The three roles. A team lead is also an engineer; an admin manages the whole organisation.</summary>
public static class Roles
{
    public const string Engineer = nameof(Engineer);
    public const string TeamLead = nameof(TeamLead);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Engineer, TeamLead, Admin];
}
