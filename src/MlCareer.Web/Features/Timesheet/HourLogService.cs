using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>One stored hour log, with its engineer, project and phase (numbered in the plan) named.</summary>
public sealed record HourLogRow(
    string EngineerEmail, string Engineer, IsoWeek Week, int ProjectId, string Project, int PhaseId, int PhaseNumber, PhaseKind Kind,
    double Hours, string? Note, Guid Version);

/// <summary>
/// Hour logs over a range of ISO weeks: the caller's own, or — for a team lead — their team's. A lead reads
/// members' logs and never changes them (changes go through <see cref="TimesheetService"/>, the caller's own only).
/// </summary>
public sealed class HourLogService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser)
{
    /// <summary>The longest range one call reads: ten years of weeks.</summary>
    public const int MaxWeeks = 530;

    public const string RangeKey = "Hours.Range";

    public async Task<Result<IReadOnlyList<HourLogRow>>> ListMineAsync(IsoWeek first, IsoWeek last, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller
            ? Result<IReadOnlyList<HourLogRow>>.Forbidden()
            : await ListAsync(db, e => e.Id == caller.EngineerId, first, last, cancellationToken);
    }

    public async Task<Result<IReadOnlyList<HourLogRow>>> ListTeamAsync(IsoWeek first, IsoWeek last, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is not { LedTeamId: { } teamId }
            ? Result<IReadOnlyList<HourLogRow>>.Forbidden()
            : await ListAsync(db, e => e.TeamId == teamId, first, last, cancellationToken);
    }

    private static async Task<Result<IReadOnlyList<HourLogRow>>> ListAsync(
        MlCareerDbContext db, System.Linq.Expressions.Expression<Func<Core.Engineers.EngineerProfile, bool>> engineers,
        IsoWeek first, IsoWeek last, CancellationToken cancellationToken)
    {
        if ((IsoWeek.CheckGiven(first, "from") ?? IsoWeek.CheckGiven(last, "to")) is { } noWeek)
        {
            return Result<IReadOnlyList<HourLogRow>>.Invalid(noWeek);
        }

        if (last < first || first.WeeksUntil(last) >= MaxWeeks)
        {
            return Result<IReadOnlyList<HourLogRow>>.Invalid(RangeKey, "from", MaxWeeks);
        }

        var rows = await (from log in db.HourLogs.AsNoTracking()
                          join engineer in db.Engineers.Where(engineers) on log.EngineerId equals engineer.Id
                          join user in db.Users on engineer.UserId equals user.Id
                          join phase in db.Phases on log.PhaseId equals phase.Id
                          join project in db.Projects on phase.ProjectId equals project.Id
                          where log.Week >= first && log.Week <= last
                          select new { user.Email, engineer.DisplayName, log.Week, project.Id, project.Name, PhaseId = phase.Id, phase.Order, phase.Kind, log.Hours, log.Note, log.Version })
            .ToListAsync(cancellationToken);
        IReadOnlyList<HourLogRow> result = [.. rows
            .OrderBy(r => r.Email, StringComparer.Ordinal).ThenBy(r => r.Week).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Order)
            .Select(r => new HourLogRow(r.Email ?? string.Empty, r.DisplayName, r.Week, r.Id, r.Name, r.PhaseId, r.Order, r.Kind, r.Hours.Value, r.Note, r.Version))];
        return Result<IReadOnlyList<HourLogRow>>.Ok(result);
    }
}
