using MlCareer.Core.Projects;

namespace MlCareer.Core.Suggestions;

/// <summary>A model-development or deployment phase of one of the engineer's projects, and the day it ended (or is planned to).</summary>
public sealed record FinishedPhase(string ProjectName, PhaseKind Kind, DateOnly End);
