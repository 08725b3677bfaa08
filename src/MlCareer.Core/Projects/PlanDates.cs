namespace MlCareer.Core.Projects;

/// <summary>
/// The calendar the planner works in: dates from the year 2000 to 2100. A date far outside it (year 1
/// or 9999) is a typing slip, and would stretch every chart and week list that shows it.
/// </summary>
public static class PlanDates
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static bool InBounds(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    public static RuleViolation? Check(DateOnly date, string field) =>
        InBounds(date) ? null : new RuleViolation(RuleCode.DateOutOfBounds, field, [FirstYear, LastYear]);

    /// <summary>Both dates in bounds, and the end not before the start.</summary>
    public static RuleViolation? Check(DateOnly start, DateOnly end, string startField, string endField) =>
        Check(start, startField) ?? Check(end, endField)
        ?? (end < start ? new RuleViolation(RuleCode.EndBeforeStart, endField) : null);
}
