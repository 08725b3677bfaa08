using MlCareer.Web.Features.Timesheet;

namespace MlCareer.Web.Features.Api;

/// <summary>A stored hour log: hours on one phase (numbered in its project's plan) in one ISO week, with the version to send back when changing it.</summary>
public sealed record HourLogDto(string Week, int ProjectId, string Project, int PhaseId, int Phase, string PhaseKind, double Hours, string? Note, Guid Version)
{
    public static HourLogDto From(HourLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Week.ToString(), row.ProjectId, row.Project, row.PhaseId, row.PhaseNumber, row.Kind.ToString(), row.Hours, row.Note, row.Version);
    }
}

/// <summary>A week as the timesheet shows it: a row per phase in force (or already logged), each with its version (null when nothing is logged).</summary>
public sealed record TimesheetWeekDto(string Week, double CapacityHours, double TotalHours, IReadOnlyList<TimesheetRowDto> Rows)
{
    public static TimesheetWeekDto From(TimesheetWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new(week.Week.ToString(), week.CapacityHours, week.TotalHours,
            [.. week.Rows.Select(r => new TimesheetRowDto(r.PhaseId, r.ProjectName, r.Kind.ToString(), r.Hours, r.Note, r.Version, r.IsOverdue))]);
    }
}

public sealed record TimesheetRowDto(int PhaseId, string Project, string PhaseKind, double Hours, string? Note, Guid? Version, bool IsOverdue);

/// <summary>
/// Hours to save for one week. Send each row's <c>version</c> as you read it (null for a phase with no log yet):
/// a row changed by someone else meanwhile makes the whole week a 409 conflict and nothing is stored. Zero hours
/// and no note remove a log; rows not sent are left as they are.
/// </summary>
public sealed record WeekHoursInput(IReadOnlyList<HoursRowInput>? Rows);

public sealed record HoursRowInput(int PhaseId, double Hours, string? Note, Guid? Version);
