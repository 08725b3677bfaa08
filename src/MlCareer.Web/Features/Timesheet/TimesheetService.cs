using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>The signed-in engineer's weekly timesheet: read a week, save it, copy the previous one.</summary>
/// <remarks>
/// Every method works on the caller's own hours only; no method takes an engineer id. A week's rows are
/// the phases of the caller's projects active that week, plus any phase the caller already logged that week.
/// </remarks>
public sealed class TimesheetService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public const string ConflictKey = "Timesheet.Conflict";
    public const string PhaseNotActiveKey = "Timesheet.PhaseNotActive";

    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly ICurrentUser _currentUser = currentUser;
    private readonly TimeProvider _time = time;

    /// <summary>The ISO week of today, in the server's time zone.</summary>
    public IsoWeek CurrentWeek() => _time.CurrentWeek();

    public async Task<Result<TimesheetWeek>> GetWeekAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (await _currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<TimesheetWeek>.Forbidden();
        }

        if (IsoWeek.CheckGiven(week, nameof(TimesheetInput.Week)) is { } noWeek)
        {
            return Result<TimesheetWeek>.Invalid(noWeek);
        }

        return Result<TimesheetWeek>.Ok(await LoadWeekAsync(db, caller, week, _time.Today(), cancellationToken));
    }

    /// <summary>This week's rows with last week's hours and notes copied onto the same phases; nothing is saved.</summary>
    public async Task<Result<TimesheetWeek>> CopyPreviousWeekAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (await _currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<TimesheetWeek>.Forbidden();
        }

        if (IsoWeek.CheckGiven(week, nameof(TimesheetInput.Week)) is { } noWeek)
        {
            return Result<TimesheetWeek>.Invalid(noWeek);
        }

        var current = await LoadWeekAsync(db, caller, week, _time.Today(), cancellationToken);
        if (week.Monday.DayNumber < 7)
        {
            return Result<TimesheetWeek>.Ok(current);
        }

        var previous = week.AddWeeks(-1);
        var last = await db.HourLogs.AsNoTracking()
            .Where(l => l.EngineerId == caller.EngineerId && l.Week == previous)
            .ToDictionaryAsync(l => l.PhaseId, cancellationToken);
        IReadOnlyList<TimesheetRow> rows = [.. current.Rows.Select(r =>
            last.TryGetValue(r.PhaseId, out var log) ? r with { Hours = log.Hours.Value, Note = log.Note } : r)];
        return Result<TimesheetWeek>.Ok(current with { Rows = rows });
    }

    /// <summary>
    /// Saves the caller's week in one transaction: new hours are added, changed ones updated, rows with
    /// no hours and no note removed. Returns the week as stored, or Forbidden, Invalid (with the field)
    /// or Conflict (another save changed these rows since they were loaded); on any failure nothing is stored.
    /// </summary>
    public async Task<Result<TimesheetWeek>> SaveWeekAsync(TimesheetInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (await _currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<TimesheetWeek>.Forbidden();
        }

        if (IsoWeek.CheckGiven(input.Week, nameof(input.Week)) is { } noWeek)
        {
            return Result<TimesheetWeek>.Invalid(noWeek);
        }

        var week = input.Week;
        var logs = await db.HourLogs
            .Where(l => l.EngineerId == caller.EngineerId && l.Week == week)
            .ToDictionaryAsync(l => l.PhaseId, cancellationToken);
        var phaseIds = input.Rows.Select(r => r.PhaseId).Distinct().ToList();
        var assignedPhases = await db.Phases.AsNoTracking()
            .Where(p => phaseIds.Contains(p.Id) && db.Assignments.Any(a => a.ProjectId == p.ProjectId && a.EngineerId == caller.EngineerId))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (phaseIds.Any(id => !assignedPhases.ContainsKey(id) && !logs.ContainsKey(id)))
        {
            return Result<TimesheetWeek>.Forbidden();
        }

        if (TimesheetRules.Validate(input.Rows.Select(ToLine)) is [var violation, ..])
        {
            return Result<TimesheetWeek>.Fail(TimesheetFields.Error(violation));
        }

        var today = _time.Today();
        if (input.Rows.FirstOrDefault(r => !TimesheetRules.TakesHours(
                ToLine(r), logs.ContainsKey(r.PhaseId), assignedPhases.GetValueOrDefault(r.PhaseId)?.InForce(today), week)) is { } inactive)
        {
            return Result<TimesheetWeek>.Invalid(PhaseNotActiveKey, TimesheetFields.Hours(inactive.PhaseId));
        }

        if (!input.Rows.All(row => Apply(db, logs, caller.EngineerId, week, row)))
        {
            return Conflict();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        catch (DbUpdateException)
        {
            // Another save added a log for one of these phases between our read and our insert (unique index).
            if (await LoggedMeanwhileAsync(db, caller.EngineerId, week, logs.Keys, phaseIds, cancellationToken))
            {
                return Conflict();
            }

            throw;
        }

        return Result<TimesheetWeek>.Ok(await LoadWeekAsync(db, caller, week, today, cancellationToken));
    }

    private static TimesheetLine ToLine(TimesheetRowInput row) => new(row.PhaseId, row.Hours, row.Note);

    private static Result<TimesheetWeek> Conflict() => Result<TimesheetWeek>.Fail(new ResultError(ErrorKind.Conflict, ConflictKey));

    /// <summary>Applies one row to the tracked logs; false when the row was loaded from a version that is no longer current.</summary>
    private static bool Apply(MlCareerDbContext db, Dictionary<int, HourLog> logs, int engineerId, IsoWeek week, TimesheetRowInput row)
    {
        var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
        var empty = TimesheetRules.IsEmpty(new TimesheetLine(row.PhaseId, row.Hours, note));
        if (!logs.TryGetValue(row.PhaseId, out var log))
        {
            if (row.Version is not null)
            {
                return false;
            }

            if (!empty)
            {
                db.HourLogs.Add(new HourLog { EngineerId = engineerId, PhaseId = row.PhaseId, Week = week, Hours = new Hours(row.Hours), Note = note });
            }

            return true;
        }

        if (row.Version is not { } seen || seen != log.Version)
        {
            return false;
        }

        // The UPDATE or DELETE runs WHERE Version = seen, so a save that lands in between still fails.
        db.Entry(log).Property(l => l.Version).OriginalValue = seen;
        if (empty)
        {
            db.HourLogs.Remove(log);
        }
        else if ((log.Hours.Value != row.Hours || log.Note != note) && log.TryCorrect(row.Hours, note) is { } violation)
        {
            // The week's rows were checked before any was applied.
            throw new InvalidOperationException($"A checked row broke {violation.Code} on {violation.Field}.");
        }

        return true;
    }

    private static async Task<bool> LoggedMeanwhileAsync(
        MlCareerDbContext db, int engineerId, IsoWeek week, IEnumerable<int> knownPhaseIds, List<int> phaseIds, CancellationToken cancellationToken)
    {
        var newPhaseIds = phaseIds.Except(knownPhaseIds).ToList();
        return await db.HourLogs.AsNoTracking()
            .AnyAsync(l => l.EngineerId == engineerId && l.Week == week && newPhaseIds.Contains(l.PhaseId), cancellationToken);
    }

    /// <summary>The caller's rows for <paramref name="week"/>: phases in force in it (as of today) and phases already logged in it.</summary>
    private static async Task<TimesheetWeek> LoadWeekAsync(MlCareerDbContext db, Caller caller, IsoWeek week, DateOnly today, CancellationToken cancellationToken)
    {
        var logs = await db.HourLogs.AsNoTracking()
            .Where(l => l.EngineerId == caller.EngineerId && l.Week == week)
            .ToDictionaryAsync(l => l.PhaseId, cancellationToken);
        var loggedPhaseIds = logs.Keys.ToList();
        var assignedProjectIds = db.Assignments.Where(a => a.EngineerId == caller.EngineerId).Select(a => a.ProjectId);
        var phases = await (from phase in db.Phases.AsNoTracking()
                            join project in db.Projects on phase.ProjectId equals project.Id
                            where assignedProjectIds.Contains(phase.ProjectId) || loggedPhaseIds.Contains(phase.Id)
                            orderby project.Name, phase.Order
                            select new { Phase = phase, ProjectName = project.Name })
            .ToListAsync(cancellationToken);
        IReadOnlyList<TimesheetRow> rows = [.. phases
            .Where(p => TimesheetRules.IsOpen(logs.ContainsKey(p.Phase.Id), p.Phase.InForce(today), week))
            .Select(p => logs.TryGetValue(p.Phase.Id, out var log)
                ? new TimesheetRow(p.Phase.Id, p.ProjectName, p.Phase.Kind, log.Hours.Value, log.Note, log.Version, p.Phase.IsOverdue(today))
                : new TimesheetRow(p.Phase.Id, p.ProjectName, p.Phase.Kind, 0, null, null, p.Phase.IsOverdue(today)))];
        return new TimesheetWeek(week, caller.CapacityHours, rows);
    }
}
