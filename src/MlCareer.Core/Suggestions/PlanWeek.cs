using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// One week of the engineer's plan, in hours per ISO week: capacity, the load (project work and side
/// activities together), and the part of the load that is side activities already planned or active.
/// </summary>
public sealed record PlanWeek(IsoWeek Week, double CapacityHours, double LoadHours, double SideHours);
