namespace MlCareer.Core.Workload;

/// <summary>
/// The rules every saved week of hours obeys, checked in the form as the engineer types and again on
/// the server before anything is stored. A week has 168 hours (7 × 24), so no row and no week's total
/// can hold more; hours are never negative; notes fit their column and hold no control characters.
/// </summary>
public static class TimesheetRules
{
    /// <summary>
    /// Checks a week's rows. Returns every violation, in row order, with the week's total last; empty
    /// when the week may be saved. The total counts only rows whose own hours are valid, so one row of
    /// 200 hours is reported once, on that row.
    /// </summary>
    /// <remarks>
    /// Arguments: <see cref="RuleCode.OutOfRange"/> 0 and 168; <see cref="RuleCode.WeekTotalTooHigh"/> the
    /// total and 168; <see cref="RuleCode.TooLong"/> the limit.
    /// </remarks>
    public static IReadOnlyList<TimesheetViolation> Validate(IEnumerable<TimesheetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var violations = new List<TimesheetViolation>();
        var seen = new HashSet<int>();
        foreach (var line in lines)
        {
            if (!seen.Add(line.PhaseId))
            {
                violations.Add(new(line.PhaseId, new RuleViolation(RuleCode.DuplicateRow, nameof(TimesheetLine.Hours))));
            }

            violations.AddRange(CheckRow(line.Hours, line.Note).Select(v => new TimesheetViolation(line.PhaseId, v)));
        }

        var total = CountedTotal(lines);
        if (total > Hours.MaxPerWeek)
        {
            violations.Add(new(null, new RuleViolation(RuleCode.WeekTotalTooHigh, null, [total, Hours.MaxPerWeek])));
        }

        return violations;
    }

    /// <summary>What one row breaks: hours from 0 to 168, a note that fits its column with no control characters.</summary>
    public static IEnumerable<RuleViolation> CheckRow(double hours, string? note)
    {
        if (!Hours.IsValid(hours))
        {
            yield return new RuleViolation(RuleCode.OutOfRange, nameof(TimesheetLine.Hours), [0, Hours.MaxPerWeek]);
        }

        if (Text.Check(note, FieldLengths.Note, nameof(TimesheetLine.Note), multiline: true) is { } violation)
        {
            yield return violation;
        }
    }

    /// <summary>The week's total as it counts: rows with valid hours only, rounded to hundredths.</summary>
    public static double CountedTotal(IEnumerable<TimesheetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Math.Round(lines.Where(l => Hours.IsValid(l.Hours)).Sum(l => l.Hours), 2);
    }

    /// <summary>
    /// Whether a phase is on the timesheet of <paramref name="week"/>: a phase takes hours only in the weeks its dates
    /// in force (<paramref name="inForce"/>; none for a phase the engineer cannot log on) touch, and a phase already
    /// logged that week stays, so its row can still be corrected.
    /// </summary>
    public static bool IsOpen(bool alreadyLogged, DateRange? inForce, IsoWeek week) => alreadyLogged || inForce?.Touches(week) == true;

    /// <summary>
    /// Whether a row may be stored for <paramref name="week"/>: its phase is open (<see cref="IsOpen"/>), or the row is
    /// empty and records nothing. The timesheet, the import and the API all ask this.
    /// </summary>
    public static bool TakesHours(TimesheetLine line, bool alreadyLogged, DateRange? inForce, IsoWeek week) =>
        IsEmpty(line) || IsOpen(alreadyLogged, inForce, week);

    /// <summary>A row with no hours and no note records nothing: saving it removes the week's log for that phase.</summary>
    public static bool IsEmpty(TimesheetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Hours == 0 && string.IsNullOrWhiteSpace(line.Note);
    }
}
