using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Import;

/// <summary>
/// Checks a plan file row by row with the Core rules and builds its projects: a row per phase (project, phase
/// number, kind, planned dates, share, tentative, actual dates, notes) and a row per period (project, the
/// number of its phase, period label, dates, share). Each phase is planned, recorded and marked tentative by
/// <see cref="Phase"/> itself, and each period added by <see cref="Phase.TryAddPeriod"/>, so an import can't
/// store what the project page would refuse.
/// </summary>
internal static class PlanImport
{
    public static readonly string[] Required = ["project", "phase", "kind", "start", "end"];

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<Project> Projects) Check(CsvTable table, int teamId, IReadOnlySet<string> takenNames, DateOnly today)
    {
        var errors = new ResultError?[table.Rows.Count];
        var phases = new Dictionary<(string Project, int Number), (Phase Phase, int Row)>();
        var failed = new HashSet<(string, int)>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row["period"].Length == 0)
            {
                errors[i] = CheckPhase(row, today, out var phase, out var key)
                    ?? (phases.TryAdd(key, (phase!, i)) ? null : ImportCells.Rule(new RuleViolation(RuleCode.DuplicateRow), "phase"));
                if (errors[i] is not null && ImportCells.PhaseNumber(row, out var number) is null)
                {
                    failed.Add((row["project"], number));
                }
            }
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row["period"].Length > 0)
            {
                errors[i] = CheckPeriod(row, phases, failed, errors, today);
            }
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var name = table.Rows[i]["project"];
            if (errors[i] is null && takenNames.Contains(name))
            {
                errors[i] = ImportCells.Error("project", "Import.ProjectExists", name);
            }
        }

        var rows = table.Rows.Select((r, i) => new ImportRow(r.Line, [.. table.Columns.Select(c => r[c])], errors[i])).ToList();
        if (rows.Count == 0 || rows.Any(r => !r.IsValid))
        {
            return (rows, []);
        }

        return (rows, [.. phases.GroupBy(p => p.Key.Project, StringComparer.Ordinal).Select(group => Build(teamId, group.Key, group.OrderBy(p => p.Key.Number).Select(p => p.Value.Phase)))]);
    }

    private static ResultError? CheckPhase(CsvRecord row, DateOnly today, out Phase? phase, out (string, int) key)
    {
        phase = null;
        key = (row["project"], 0);
        if (Project.CheckName(row["project"]) is { } name)
        {
            return ImportCells.Rule(name, "project");
        }

        ResultError?[] cells =
        [
            ImportCells.PhaseNumber(row, out var number),
            Kind(row, out var kind),
            ImportCells.RequiredDate(row, "start", out var start),
            ImportCells.RequiredDate(row, "end", out var end),
            ImportCells.Share(row, "share_percent", out var share),
            ImportCells.Flag(row, "tentative", out var tentative),
            ImportCells.Date(row, "actual_start", out var actualStart),
            ImportCells.Date(row, "actual_end", out var actualEnd),
            Phase.CheckNotes(row["notes"]) is { } notes ? ImportCells.Rule(notes, "notes") : null,
        ];
        if (cells.FirstOrDefault(e => e is not null) is { } error)
        {
            return error;
        }

        key = (row["project"], number);
        phase = new Phase { Kind = kind };
        phase.SetShare(share);
        var broken = phase.TrySetNotes(row["notes"]) ?? phase.TryPlan(start, end) ?? phase.TryRecord(actualStart, actualEnd, today) ?? phase.TrySetTentative(tentative);
        return broken is null ? null : ImportCells.Rule(broken, Column(broken.Field));
    }

    private static ResultError? CheckPeriod(
        CsvRecord row, Dictionary<(string, int), (Phase Phase, int Row)> phases, HashSet<(string, int)> failed, ResultError?[] errors, DateOnly today)
    {
        ResultError?[] cells =
        [
            ImportCells.PhaseNumber(row, out var number),
            ImportCells.RequiredDate(row, "start", out var start),
            ImportCells.RequiredDate(row, "end", out var end),
            ImportCells.Share(row, "share_percent", out var share),
        ];
        if (cells.FirstOrDefault(e => e is not null) is { } error)
        {
            return error;
        }

        if (!phases.TryGetValue((row["project"], number), out var found))
        {
            return failed.Contains((row["project"], number))
                ? ImportCells.Error("phase", "Import.PhaseHasErrors", number)
                : ImportCells.Error("phase", "Import.NoSuchPhase", number, row["project"]);
        }

        if (errors[found.Row] is not null)
        {
            return ImportCells.Error("phase", "Import.PhaseHasErrors", number);
        }

        var broken = found.Phase.TryAddPeriod(row["period"], start, end, share, today, out _);
        return broken is null ? null : ImportCells.Rule(broken, Column(broken.Field));
    }

    private static ResultError? Kind(CsvRecord row, out PhaseKind kind)
    {
        var text = row["kind"];
        if (Enum.TryParse(text, ignoreCase: true, out kind) && PhaseKinds.IsDefined(kind) && !char.IsAsciiDigit(text.FirstOrDefault()))
        {
            return null;
        }

        return text.Length == 0
            ? ImportCells.Error("kind", "Rules.Required")
            : ImportCells.Error("kind", "Import.UnknownKind", text, string.Join(", ", PhaseKinds.All));
    }

    private static Project Build(int teamId, string name, IEnumerable<Phase> phases)
    {
        var project = new Project { TeamId = teamId, Name = string.Empty };
        RuleViolationException.ThrowIf(project.TryRename(name));
        foreach (var phase in phases)
        {
            project.AddPhase(phase);
        }

        var start = project.Phases.Min(p => p.ActualStart is { } actual && actual < p.PlannedStart ? actual : p.PlannedStart);
        RuleViolationException.ThrowIf(project.TrySetStartDate(start)
            ?? project.TrySetStatus(project.Phases.Any(p => p.IsStarted) ? ProjectStatus.Active : ProjectStatus.Planned));
        return project;
    }

    /// <summary>The file's column for a Core field.</summary>
    private static string Column(string? field) => field switch
    {
        nameof(Phase.PlannedStart) or nameof(PhasePeriod.Start) => "start",
        nameof(Phase.PlannedEnd) or nameof(PhasePeriod.End) => "end",
        nameof(Phase.ActualStart) => "actual_start",
        nameof(Phase.ActualEnd) => "actual_end",
        nameof(Phase.Status) => "tentative",
        nameof(PhasePeriod.Label) => "period",
        null => "phase",
        var other => other,
    };
}
