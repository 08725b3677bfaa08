using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.Import;

/// <summary>A phase the caller may log hours on: of a project they are assigned to, numbered in its plan, with its days in force.</summary>
internal sealed record LoggablePhase(int PhaseId, string Project, int Number, PhaseKind Kind, DateRange InForce);

/// <summary>A checked row of hours, ready to store.</summary>
internal sealed record HourLine(int PhaseId, IsoWeek Week, double Hours, string? Note);

/// <summary>
/// Checks an hours file the way the timesheet checks a week: each week's rows, with the hours already stored
/// for that week's other phases, go through <see cref="TimesheetRules.Validate"/> (0–168 per row and per week,
/// one row per phase, notes), and a phase takes new hours only in a week it is in force. Hours are always the
/// caller's own: a row naming someone else in <c>engineer_email</c> is refused.
/// </summary>
internal static class HourImport
{
    public static readonly string[] Required = ["week", "project", "phase", "hours"];

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<HourLine> Lines) Check(
        CsvTable table, string callerEmail, IReadOnlyDictionary<(string Project, int Number), LoggablePhase> phases, IReadOnlyList<HourLog> stored)
    {
        var errors = new ResultError?[table.Rows.Count];
        var lines = new HourLine?[table.Rows.Count];
        for (var i = 0; i < table.Rows.Count; i++)
        {
            errors[i] = Parse(table.Rows[i], callerEmail, phases, out lines[i]);
        }

        var storedByWeek = stored.ToLookup(l => l.Week);
        var byId = phases.Values.GroupBy(p => p.PhaseId).ToDictionary(g => g.Key, g => g.First());
        foreach (var week in Enumerable.Range(0, lines.Length).Where(i => lines[i] is not null).GroupBy(i => lines[i]!.Week))
        {
            CheckWeek([.. week], lines, errors, storedByWeek[week.Key].ToList(), byId);
        }

        var rows = table.Rows.Select((r, i) => new ImportRow(r.Line, [.. table.Columns.Select(c => r[c])], errors[i])).ToList();
        return (rows, rows.Count > 0 && rows.All(r => r.IsValid) ? [.. lines.OfType<HourLine>()] : []);
    }

    private static ResultError? Parse(CsvRecord row, string callerEmail, IReadOnlyDictionary<(string, int), LoggablePhase> phases, out HourLine? line)
    {
        line = null;
        if (row["engineer_email"] is { Length: > 0 } email && !email.Equals(callerEmail, StringComparison.OrdinalIgnoreCase))
        {
            return ImportCells.Error("engineer_email", "Import.OtherEngineer", email);
        }

        if (!IsoWeek.TryParse(row["week"], out var week))
        {
            return row["week"].Length == 0 ? ImportCells.Error("week", "Rules.Required") : ImportCells.Error("week", "Api.BadWeek", row["week"]);
        }

        if (ImportCells.PhaseNumber(row, out var number) is { } badNumber)
        {
            return badNumber;
        }

        if (!phases.TryGetValue((row["project"], number), out var phase))
        {
            return phases.Keys.Any(k => k.Item1 == row["project"])
                ? ImportCells.Error("phase", "Import.NoSuchPhase", number, row["project"])
                : ImportCells.Error("project", "Import.UnknownProject", row["project"]);
        }

        if (row["kind"] is { Length: > 0 } kind && !kind.Equals(phase.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return ImportCells.Error("kind", "Import.KindMismatch", number, phase.Project, phase.Kind.ToString(), kind);
        }

        if (ImportCells.Hours(row, "hours", out var hours) is { } badHours)
        {
            return badHours;
        }

        line = new HourLine(phase.PhaseId, week, hours, Text.Normalize(row["note"]));
        return null;
    }

    /// <summary>The timesheet's rules over one week: the file's rows of it plus what is stored for its other phases.</summary>
    private static void CheckWeek(int[] rows, HourLine?[] lines, ResultError?[] errors, List<HourLog> stored, Dictionary<int, LoggablePhase> phases)
    {
        var inFile = rows.Select(i => lines[i]!.PhaseId).ToHashSet();
        var week = rows.Select(i => new TimesheetLine(lines[i]!.PhaseId, lines[i]!.Hours, lines[i]!.Note))
            .Concat(stored.Where(l => !inFile.Contains(l.PhaseId)).Select(l => new TimesheetLine(l.PhaseId, l.Hours.Value, l.Note)))
            .ToList();
        var seen = new HashSet<int>();
        foreach (var i in rows)
        {
            var line = lines[i]!;
            var own = new TimesheetLine(line.PhaseId, line.Hours, line.Note);
            errors[i] ??= !seen.Add(line.PhaseId) ? ImportCells.Rule(new RuleViolation(RuleCode.DuplicateRow), "phase")
                : TimesheetRules.Validate([own]) is [var broken, ..] ? RowError(broken)
                : !TimesheetRules.TakesHours(own, stored.Any(l => l.PhaseId == line.PhaseId), phases.GetValueOrDefault(line.PhaseId)?.InForce, line.Week)
                    ? ImportCells.Error("week", "Timesheet.PhaseNotActive")
                    : null;
        }

        if (TimesheetRules.Validate(week).FirstOrDefault(v => v.PhaseId is null) is { } total)
        {
            foreach (var i in rows)
            {
                errors[i] ??= ImportCells.Rule(total.Violation, "hours");
            }
        }
    }

    private static ResultError RowError(TimesheetViolation violation) =>
        violation.Violation is { Code: RuleCode.OutOfRange }
            ? ImportCells.Error("hours", "Timesheet.HoursRange", [.. violation.Violation.Args])
            : ImportCells.Rule(violation.Violation, violation.Violation.Field == nameof(TimesheetLine.Note) ? "note" : "hours");
}
