using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

/// <summary>One column of a phase timeline: an ISO week.</summary>
/// <param name="Week">The ISO week the column stands for.</param>
/// <param name="ShowsYear">True for the first column and for week 1, where the header names the year.</param>
public sealed record TimelineWeek(IsoWeek Week, bool ShowsYear);
