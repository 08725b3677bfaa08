namespace MlCareer.Core.Suggestions;

/// <summary>A teammate's planned or active engagement in a team activity (a competition), with its dates.</summary>
public sealed record TeammateEngagement(int EngagementId, int EngineerId, string Name, int SideActivityId, string ActivityTitle, DateOnly Start, DateOnly End);
