using MlCareer.Core.Activities;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// A side activity the engineer took on (done, dropped, active or planned), with the dates it ran or
/// runs (a dropped one until it was dropped) and its hours per ISO week; used to judge variety.
/// </summary>
public sealed record RecentEngagement(int SideActivityId, ActivityKind Kind, DateOnly Start, DateOnly End, double HoursPerWeek);
