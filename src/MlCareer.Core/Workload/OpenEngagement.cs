namespace MlCareer.Core.Workload;

/// <summary>A planned or active engagement, with its title, its dates and its hours per ISO week, as the slip warning checks it.</summary>
public sealed record OpenEngagement(int EngagementId, string Title, DateOnly Start, DateOnly End, double HoursPerWeek);
