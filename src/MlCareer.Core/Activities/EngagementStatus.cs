namespace MlCareer.Core.Activities;

public enum EngagementStatus
{
    Planned = 1,
    Active = 2,
    Done = 3,
    Dropped = 4,
}
