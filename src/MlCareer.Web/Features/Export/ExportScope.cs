namespace MlCareer.Web.Features.Export;

/// <summary>Whose data an export holds: the caller's own, or — for a team lead — their team's.</summary>
public enum ExportScope
{
    Mine = 1,
    Team = 2,
}
