namespace MlCareer.Web.Features.Projects;

/// <summary>A fixed week axis for a timeline, from <paramref name="First"/> to <paramref name="Last"/> (both included), so several projects share one.</summary>
/// <param name="First">The first week column.</param>
/// <param name="Last">The last week column, not before <paramref name="First"/>.</param>
public sealed record TimelineAxis(IsoWeek First, IsoWeek Last);
