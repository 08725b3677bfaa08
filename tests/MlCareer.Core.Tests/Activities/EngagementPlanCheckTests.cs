using System.Globalization;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Activities;

public class EngagementPlanCheckTests
{
    [Theory]
    [InlineData(0.5, "2026-12-07", "2026-12-07")]
    [InlineData(10, "2026-12-07", "2027-12-05")]
    [InlineData(168, "2000-01-01", "2100-12-31")]
    public void CheckPlan_GoodHoursAndDates_NoViolation(double hours, string start, string end)
    {
        var violations = Engagement.CheckPlan(hours, DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(null, "2026-12-07", "2026-12-20", "Required HoursPerWeek")]
    [InlineData(0.25, "2026-12-07", "2026-12-20", "OutOfRange HoursPerWeek")]
    [InlineData(169d, "2026-12-07", "2026-12-20", "OutOfRange HoursPerWeek")]
    [InlineData(5d, null, "2026-12-20", "Required Start")]
    [InlineData(5d, "2026-12-07", null, "Required End")]
    [InlineData(null, null, null, "Required HoursPerWeek|Required Start|Required End")]
    [InlineData(5d, "2026-12-20", "2026-12-07", "EndBeforeStart End")]
    [InlineData(5d, "1999-12-31", "2026-12-07", "DateOutOfBounds Start")]
    [InlineData(5d, null, "2101-01-01", "Required Start|DateOutOfBounds End")]
    [InlineData(5d, "1999-01-01", "2101-01-01", "DateOutOfBounds Start|DateOutOfBounds End")]
    public void CheckPlan_BadOrMissing_OneViolationPerField(double? hours, string? start, string? end, string expected)
    {
        var violations = Engagement.CheckPlan(hours, start is null ? null : DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join('|', violations.Select(v => $"{v.Code} {v.Field}")));
    }

    [Theory]
    [InlineData(0.25, "2026-12-07", "2026-12-20", RuleCode.OutOfRange)]
    [InlineData(5d, "2026-12-20", "2026-12-07", RuleCode.EndBeforeStart)]
    [InlineData(5d, "1999-01-01", "2101-01-01", RuleCode.DateOutOfBounds)]
    public void TryPlan_WhatCheckPlanRefuses_RefusesTheFirstAndChangesNothing(double hours, string start, string end, RuleCode code)
    {
        var engagement = new Engagement();
        engagement.TryPlan(4, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));

        var violation = engagement.TryPlan(hours, DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));
        var first = Engagement.CheckPlan(hours, DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture))[0];

        Assert.Equal((code, first.Field), (violation!.Code, violation.Field));
        Assert.Equal((4, new DateOnly(2026, 12, 7)), (engagement.HoursPerWeek.Value, engagement.Start));
    }
}
