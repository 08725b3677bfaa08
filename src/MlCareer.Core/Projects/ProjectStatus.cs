namespace MlCareer.Core.Projects;

public enum ProjectStatus
{
    Planned = 1,
    Active = 2,
    OnHold = 3,
    Done = 4,
}
