namespace MlCareer.Core.Projects;

/// <summary>Where a phase stands. Tentative phases lower the confidence of the windows they cause.</summary>
public enum PhaseStatus
{
    Planned = 1,
    Tentative = 2,
    Active = 3,
    Done = 4,
}
