namespace MlCareer.Core.Projects;

/// <summary>
/// Where a phase stands, kept consistent with its actual dates: planned or tentative until it starts,
/// active once it has an actual start, done once it has an actual end. Tentative phases lower the
/// confidence of the windows they cause.
/// </summary>
public enum PhaseStatus
{
    Planned = 1,
    Tentative = 2,
    Active = 3,
    Done = 4,
}
