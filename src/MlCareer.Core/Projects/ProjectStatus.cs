namespace MlCareer.Core.Projects;

/// <summary>
/// A project's status. Planned and active projects count toward load from the current week on; on hold,
/// done and cancelled ones keep their plan in past weeks where nothing was logged, and count nothing ahead.
/// </summary>
public enum ProjectStatus
{
    Planned = 1,
    Active = 2,
    OnHold = 3,
    Done = 4,
    Cancelled = 5,
}
