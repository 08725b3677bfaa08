using MlCareer.Core.Common;

namespace MlCareer.Core.Workload;

/// <summary>
/// The rules every saved week of hours obeys, checked in the form as the engineer types and again on
/// the server before anything is stored. A week has 168 hours (7 × 24), so no row and no week's total
/// can hold more; hours are never negative; notes fit their column.
/// </summary>
public static class TimesheetRules
{
    public const string HoursField = "Hours";
    public const string NoteField = "Note";
    public const string TotalField = "Total";

    public const string HoursRangeKey = "Timesheet.HoursRange";
    public const string TotalTooHighKey = "Timesheet.TotalTooHigh";
    public const string DuplicateRowKey = "Timesheet.DuplicateRow";
    public const string MaxLengthKey = "Validation.MaxLength";

    /// <summary>
    /// Checks a week's rows. Returns every violation, in row order, with the week's total last; empty
    /// when the week may be saved. The total counts only rows whose own hours are valid, so one row of
    /// 200 hours is reported once, on that row.
    /// </summary>
    /// <remarks>
    /// Messages take their arguments in order: <c>HoursRange</c> {0}=0, {1}=168; <c>TotalTooHigh</c>
    /// {0}=the total, {1}=168; <c>Validation.MaxLength</c> {0}=field, {1}=the limit (as DataAnnotations does).
    /// </remarks>
    public static IReadOnlyList<TimesheetViolation> Validate(IEnumerable<TimesheetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var violations = new List<TimesheetViolation>();
        var seen = new HashSet<int>();
        var total = 0.0;
        foreach (var line in lines)
        {
            if (!seen.Add(line.PhaseId))
            {
                violations.Add(new(line.PhaseId, HoursField, DuplicateRowKey, []));
            }

            if (Hours.IsValid(line.Hours))
            {
                total += line.Hours;
            }
            else
            {
                violations.Add(new(line.PhaseId, HoursField, HoursRangeKey, [0, Hours.MaxPerWeek]));
            }

            if (line.Note?.Trim().Length > FieldLengths.Note)
            {
                violations.Add(new(line.PhaseId, NoteField, MaxLengthKey, [NoteField, FieldLengths.Note]));
            }
        }

        total = Math.Round(total, 2);
        if (total > Hours.MaxPerWeek)
        {
            violations.Add(new(null, TotalField, TotalTooHighKey, [total, Hours.MaxPerWeek]));
        }

        return violations;
    }

    /// <summary>A row with no hours and no note records nothing: saving it removes the week's log for that phase.</summary>
    public static bool IsEmpty(TimesheetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Hours == 0 && string.IsNullOrWhiteSpace(line.Note);
    }
}
