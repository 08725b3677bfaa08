using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Export;

/// <summary>
/// The CSV exports. Each one asks the service behind its page, so it honours that page's permissions: the
/// caller's own data, or a team lead's team (<see cref="ExportScope.Team"/>), or a project the caller may see.
/// </summary>
public sealed class ExportService(
    IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, HourLogService hourLogs, WorkloadService workloads,
    TeamWorkloadService teams, ActivityReadService activities, ProjectService projects, IStringLocalizer<SharedResource> l)
{
    public static readonly string[] HourColumns = ["engineer_email", "engineer", "week", "project", "phase", "kind", "hours", "note"];

    public static readonly string[] PlanColumns = ["project", "phase", "kind", "period", "start", "end", "share_percent", "tentative", "actual_start", "actual_end", "notes"];

    public async Task<Result<CsvFile>> HoursAsync(ExportScope scope, IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default)
    {
        var result = scope == ExportScope.Team
            ? await hourLogs.ListTeamAsync(from, to, cancellationToken)
            : await hourLogs.ListMineAsync(from, to, cancellationToken);
        return Map(result, rows => CsvFile.Write(Name("hours", scope), HourColumns, rows.Select(r => new[]
        {
            r.EngineerEmail, r.Engineer, r.Week.ToString(), r.Project, CsvFile.Number(r.PhaseNumber), r.Kind.ToString(), CsvFile.Number(r.Hours), r.Note,
        })));
    }

    public async Task<Result<CsvFile>> WorkloadAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        var members = await MembersAsync(scope, cancellationToken);
        string[] header = ["engineer", "week", "capacity_hours", "load_hours", "logged_hours", "planned_hours",
            .. PhaseKinds.All.Select(k => $"{Snake(k.ToString())}_hours"), "side_activity_hours", "free_hours", "low", "over"];
        return Map(members, list => CsvFile.Write(Name("workload", scope), header, list.SelectMany(m => m.Workload.Weeks.Select(w => (IReadOnlyList<string?>)
        [
            m.DisplayName, w.Week.ToString(), CsvFile.Number(w.CapacityHours), CsvFile.Number(w.LoadHours), CsvFile.Number(w.LoggedHours),
            CsvFile.Number(w.PlannedHours), .. PhaseKinds.All.Select(k => CsvFile.Number(w.HoursOf(k))), CsvFile.Number(w.SideHours),
            CsvFile.Number(w.FreeHours), CsvFile.Flag(w.IsLow), CsvFile.Flag(w.IsOverAllocated),
        ]))));
    }

    public async Task<Result<CsvFile>> WindowsAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        var members = await MembersAsync(scope, cancellationToken);
        string[] header = ["engineer", "start", "end", "weeks", "min_free_hours", "average_free_hours", "confidence", "reaches_horizon", "causes"];
        return Map(members, list => CsvFile.Write(Name("windows", scope), header, list.SelectMany(m => m.Workload.Windows.Select(w => new[]
        {
            m.DisplayName, w.Start.ToString(), w.End.ToString(), CsvFile.Number(w.Weeks), CsvFile.Number(w.MinFreeHours), CsvFile.Number(w.AverageFreeHours),
            CsvFile.Number(w.Confidence), CsvFile.Flag(w.ReachesHorizon), string.Join("; ", w.Causes.Select(c => WindowText.CauseWithHours(c, l))),
        }))));
    }

    public async Task<Result<CsvFile>> EngagementsAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        var result = scope == ExportScope.Team ? await activities.TeamEngagementsAsync(cancellationToken) : await activities.MyEngagementsAsync(cancellationToken);
        string[] header = ["engineer_email", "engineer", "activity_key", "activity", "kind", "status", "hours_per_week", "start", "end",
            "completed_on", "dropped_on", "outcome_link", "money_earned", "currency", "competition_rank", "outcome_note"];
        return Map(result, rows => CsvFile.Write(Name("engagements", scope), header, rows.Select(r => new[]
        {
            r.EngineerEmail, r.Engineer, r.Activity.Key, r.Activity.Title, r.Activity.Kind.ToString(), r.Engagement.Status.ToString(),
            CsvFile.Number(r.Engagement.HoursPerWeek.Value), CsvFile.Date(r.Engagement.Start), CsvFile.Date(r.Engagement.End),
            CsvFile.Date(r.Engagement.CompletedOn), CsvFile.Date(r.Engagement.DroppedOn), r.Engagement.OutcomeLink,
            r.Engagement.MoneyEarned?.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), r.Engagement.MoneyEarned?.Currency,
            r.Engagement.CompetitionRank?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Engagement.OutcomeNote,
        })));
    }

    /// <summary>A project's plan in the import's columns: a row per phase, then a row per period (naming its phase by number).</summary>
    public async Task<Result<CsvFile>> PlanAsync(int projectId, CancellationToken cancellationToken = default)
    {
        var result = await projects.GetAsync(projectId, cancellationToken);
        return Map(result, project =>
        {
            var phases = project.Phases.OrderBy(p => p.Order).ToList();
            var rows = phases.Select(p => new[]
            {
                project.Name, CsvFile.Number(p.Order), p.Kind.ToString(), null, CsvFile.Date(p.PlannedStart), CsvFile.Date(p.PlannedEnd),
                p.InvolvementShare is { } share ? CsvFile.Number(share.ToPercent()) : null, CsvFile.Flag(p.IsTentative),
                CsvFile.Date(p.ActualStart), CsvFile.Date(p.ActualEnd), p.Notes,
            }).Concat(phases.SelectMany(p => p.Periods.OrderBy(x => x.Start).Select(x => new[]
            {
                project.Name, CsvFile.Number(p.Order), null, x.Label, CsvFile.Date(x.Start), CsvFile.Date(x.End),
                x.Share is { } share ? CsvFile.Number(share.ToPercent()) : null, null, null, null, null,
            })));
            return CsvFile.Write($"mlcareer-plan-{project.Id}.csv", PlanColumns, rows);
        });
    }

    private async Task<Result<IReadOnlyList<MemberWeeks>>> MembersAsync(ExportScope scope, CancellationToken cancellationToken)
    {
        if (scope == ExportScope.Team)
        {
            var team = await teams.GetMyTeamAsync(cancellationToken);
            return team.Succeeded ? Result<IReadOnlyList<MemberWeeks>>.Ok(team.Value!.Members) : Result<IReadOnlyList<MemberWeeks>>.Fail(team.Error!);
        }

        var mine = await workloads.GetMineAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!mine.Succeeded || await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<IReadOnlyList<MemberWeeks>>.Forbidden();
        }

        return Result<IReadOnlyList<MemberWeeks>>.Ok([new MemberWeeks(caller.EngineerId, caller.DisplayName, mine.Value!.Workload)]);
    }

    private static Result<CsvFile> Map<T>(Result<T> result, Func<T, CsvFile> write) =>
        result.Succeeded ? Result<CsvFile>.Ok(write(result.Value!)) : Result<CsvFile>.Fail(result.Error!);

    private static string Name(string what, ExportScope scope) => scope == ExportScope.Team ? $"mlcareer-team-{what}.csv" : $"mlcareer-{what}.csv";

    private static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
