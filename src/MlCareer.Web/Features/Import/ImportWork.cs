using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Import;

/// <summary>A checked file and what storing it takes: the projects a plan builds, or the hour lines to write.</summary>
internal sealed class ImportWork
{
    private readonly Caller _caller;
    private readonly IReadOnlyList<Project> _projects;
    private readonly IReadOnlyList<HourLine> _lines;

    private ImportWork(Caller caller, IReadOnlyList<Project> projects, IReadOnlyList<HourLine> lines)
    {
        (_caller, _projects, _lines) = (caller, projects, lines);
    }

    public static async Task<(ImportPreview, ImportWork?)> CheckPlanAsync(MlCareerDbContext db, Caller caller, CsvTable table, DateOnly today, CancellationToken cancellationToken)
    {
        if (caller.TeamId is not { } teamId)
        {
            return (ImportPreview.Refused(ImportKind.Plan, new ResultError(ErrorKind.Invalid, "Projects.NoTeam")), null);
        }

        var taken = (await db.Projects.AsNoTracking().Where(p => p.TeamId == teamId).Select(p => p.Name).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var (rows, projects) = PlanImport.Check(table, teamId, taken, today);
        var preview = new ImportPreview(ImportKind.Plan, table.Columns, rows, null);
        return (preview, preview.CanImport ? new ImportWork(caller, projects, []) : null);
    }

    public static async Task<(ImportPreview, ImportWork?)> CheckHoursAsync(MlCareerDbContext db, Caller caller, CsvTable table, DateOnly today, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var phases = await (from phase in db.Phases.AsNoTracking()
                            join project in db.Projects on phase.ProjectId equals project.Id
                            where db.Assignments.Any(a => a.ProjectId == project.Id && a.EngineerId == caller.EngineerId)
                            orderby project.Id
                            select new { Phase = phase, project.Name }).ToListAsync(cancellationToken);
        var loggable = new Dictionary<(string, int), LoggablePhase>();
        foreach (var p in phases)
        {
            loggable.TryAdd((p.Name, p.Phase.Order), new LoggablePhase(p.Phase.Id, p.Name, p.Phase.Order, p.Phase.Kind, p.Phase.InForce(today)));
        }

        var weeks = table.Rows.Select(r => IsoWeek.TryParse(r["week"], out var w) ? w : (IsoWeek?)null).OfType<IsoWeek>().ToList();
        List<HourLog> stored = [];
        if (weeks.Count > 0)
        {
            var (first, last) = (weeks.Min(), weeks.Max());
            stored = await db.HourLogs.AsNoTracking()
                .Where(l => l.EngineerId == caller.EngineerId && l.Week >= first && l.Week <= last).ToListAsync(cancellationToken);
        }

        var (rows, lines) = HourImport.Check(table, email, loggable, stored);
        var preview = new ImportPreview(ImportKind.Hours, table.Columns, rows, null);
        return (preview, preview.CanImport ? new ImportWork(caller, [], lines) : null);
    }

    /// <summary>Writes the checked rows in batches within the caller's transaction.</summary>
    public async Task<ImportOutcome> StoreAsync(MlCareerDbContext db, int allocationPercent, Action<double> progress, CancellationToken cancellationToken)
    {
        if (_projects.Count > 0)
        {
            foreach (var project in _projects)
            {
                project.Assignments.Add(new Assignment { EngineerId = _caller.EngineerId, Allocation = Allocation.FromPercent(allocationPercent) });
                db.Projects.Add(project);
            }

            await db.SaveChangesAsync(cancellationToken);
            progress(1);
            return new ImportOutcome(_projects.Sum(p => p.Phases.Count + p.Phases.Sum(ph => ph.Periods.Count)), [.. _projects.Select(p => p.Id)]);
        }

        var (first, last) = (_lines.Min(l => l.Week), _lines.Max(l => l.Week));
        var logs = (await db.HourLogs.Where(l => l.EngineerId == _caller.EngineerId && l.Week >= first && l.Week <= last).ToListAsync(cancellationToken))
            .ToDictionary(l => (l.Week, l.PhaseId));
        for (var i = 0; i < _lines.Count; i++)
        {
            Apply(db, logs, _lines[i]);
            if ((i + 1) % ImportService.Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                progress((double)(i + 1) / _lines.Count);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        progress(1);
        return new ImportOutcome(_lines.Count, []);
    }

    private void Apply(MlCareerDbContext db, Dictionary<(IsoWeek, int), HourLog> logs, HourLine line)
    {
        var empty = TimesheetRules.IsEmpty(new TimesheetLine(line.PhaseId, line.Hours, line.Note));
        if (logs.TryGetValue((line.Week, line.PhaseId), out var log))
        {
            if (empty)
            {
                db.HourLogs.Remove(log);
            }
            else if (log.TryCorrect(line.Hours, line.Note) is { } violation)
            {
                // Every line was checked when the file was read.
                throw new InvalidOperationException($"A checked line broke {violation.Code} on {violation.Field}.");
            }
        }
        else if (!empty)
        {
            db.HourLogs.Add(new HourLog { EngineerId = _caller.EngineerId, PhaseId = line.PhaseId, Week = line.Week, Hours = new Hours(line.Hours), Note = line.Note });
        }
    }
}
