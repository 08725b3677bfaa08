using System.Globalization;
using MlCareer.Core.Common;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Tests.Workload;

public class TimesheetRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(37.5)]
    [InlineData(168)]
    public void Validate_HoursWithinAWeek_NoViolation(double hours)
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(1, hours, null)]);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(168.5)]
    [InlineData(200)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_HoursOutsideAWeek_NamesTheRowAndField(double hours)
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(1, 8, null), new TimesheetLine(7, hours, null)]);

        var violation = Assert.Single(violations);
        Assert.Equal(7, violation.PhaseId);
        Assert.Equal((RuleCode.OutOfRange, nameof(TimesheetLine.Hours)), (violation.Violation.Code, violation.Violation.Field));
        Assert.Equal([0, 168.0], violation.Violation.Args);
    }

    [Theory]
    [InlineData(new[] { 100.0, 68.0 }, false)]
    [InlineData(new[] { 100.0, 68.5 }, true)]
    [InlineData(new[] { 60.0, 60.0, 60.0 }, true)]
    [InlineData(new[] { 56.0, 56.0, 56.0 }, false)]
    public void Validate_WeekTotal_AtMost168(double[] hours, bool tooHigh)
    {
        var lines = hours.Select((h, i) => new TimesheetLine(i + 1, h, null));

        var violations = TimesheetRules.Validate(lines);

        Assert.Equal(tooHigh, violations.Any(v => v is { PhaseId: null, Violation.Code: RuleCode.WeekTotalTooHigh }));
        Assert.Equal(tooHigh ? 1 : 0, violations.Count);
    }

    [Fact]
    public void Validate_TotalTooHigh_ReportsTheTotalAndTheLimit()
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(1, 100, null), new TimesheetLine(2, 80.25, null)]);

        var violation = Assert.Single(violations);
        Assert.Equal([180.25, 168.0], violation.Violation.Args);
    }

    [Fact]
    public void Validate_OneRowOutOfRange_ReportedOnTheRowOnlyNotAsTotal()
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(1, 200, null), new TimesheetLine(2, 10, null)]);

        var violation = Assert.Single(violations);
        Assert.Equal(1, violation.PhaseId);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(FieldLengths.Note, false)]
    [InlineData(FieldLengths.Note + 1, true)]
    [InlineData(5000, true)]
    public void Validate_NoteLength_AtMostTheColumn(int length, bool tooLong)
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(3, 4, new string('x', length))]);

        Assert.Equal(tooLong, violations.Any(v => v is { PhaseId: 3, Violation: { Field: nameof(TimesheetLine.Note), Code: RuleCode.TooLong } }));
    }

    [Fact]
    public void Validate_NoteWithSurroundingSpaces_CountsTheTrimmedText()
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(3, 4, $"  {new string('x', FieldLengths.Note)}  ")]);

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_SamePhaseTwice_Rejected()
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(3, 4, null), new TimesheetLine(3, 5, null)]);

        var violation = Assert.Single(violations);
        Assert.Equal(RuleCode.DuplicateRow, violation.Violation.Code);
        Assert.Equal(3, violation.PhaseId);
    }

    [Theory]
    [InlineData("Ran the ablations\nand wrote them up", false)]
    [InlineData("Tab\tseparated", false)]
    [InlineData("Null\u0000byte", true)]
    [InlineData("Escape\u001B[31m", true)]
    [InlineData("Reversed \u202Etext", true)]
    public void Validate_ControlCharactersInTheNote_Refused(string note, bool refused)
    {
        var violations = TimesheetRules.Validate([new TimesheetLine(3, 4, note)]);

        Assert.Equal(refused, violations.Any(v => v.Violation.Code == RuleCode.ControlCharacters));
    }

    [Fact]
    public void CountedTotal_LeavesOutRefusedRows()
    {
        var total = TimesheetRules.CountedTotal([new TimesheetLine(1, 1e9, null), new TimesheetLine(2, 7.5, null), new TimesheetLine(3, -2, null)]);

        Assert.Equal(7.5, total);
    }

    [Fact]
    public void Validate_NoRows_NoViolation()
    {
        Assert.Empty(TimesheetRules.Validate([]));
    }

    [Theory]
    [InlineData(0, null, true)]
    [InlineData(0, "  ", true)]
    [InlineData(0, "on call", false)]
    [InlineData(0.5, null, false)]
    public void IsEmpty_HoursAndNote_TrueOnlyWithNeither(double hours, string? note, bool empty)
    {
        Assert.Equal(empty, TimesheetRules.IsEmpty(new TimesheetLine(1, hours, note)));
    }

    [Theory]
    [InlineData(8, null, false, "2026-11-16", "2026-11-29", true)]
    [InlineData(8, null, false, "2026-11-29", "2026-12-20", true)]
    [InlineData(8, null, false, "2026-11-30", "2026-12-20", false)]
    [InlineData(8, null, false, "2026-11-02", "2026-11-22", false)]
    [InlineData(8, null, true, "2026-11-30", "2026-12-20", true)]
    [InlineData(0, null, false, "2026-11-30", "2026-12-20", true)]
    [InlineData(0, "a note", false, "2026-11-30", "2026-12-20", false)]
    public void TakesHours_WeekAgainstThePhasesDatesInForce_OnlyWhileInForceOrAlreadyLogged(
        double hours, string? note, bool alreadyLogged, string from, string to, bool takes)
    {
        var week = IsoWeek.FromDate(new DateOnly(2026, 11, 23));

        var result = TimesheetRules.TakesHours(new TimesheetLine(1, hours, note), alreadyLogged, new DateRange(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture)), week);

        Assert.Equal(takes, result);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, true)]
    public void TakesHours_PhaseWithoutDatesInForce_OnlyAnEmptyOrLoggedRow(double hours, bool alreadyLogged)
    {
        var week = IsoWeek.FromDate(new DateOnly(2026, 11, 23));

        Assert.True(TimesheetRules.TakesHours(new TimesheetLine(1, hours, null), alreadyLogged, null, week));
        Assert.False(TimesheetRules.TakesHours(new TimesheetLine(1, 5, null), alreadyLogged: false, null, week));
    }

    [Theory]
    [InlineData(false, "2026-11-29", "2026-12-20", true)]
    [InlineData(false, "2026-11-30", "2026-12-20", false)]
    [InlineData(true, "2026-11-30", "2026-12-20", true)]
    public void IsOpen_PhaseInForceOrLoggedThatWeek_OnTheTimesheet(bool alreadyLogged, string from, string to, bool open)
    {
        var week = IsoWeek.FromDate(new DateOnly(2026, 11, 23));
        var inForce = new DateRange(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

        Assert.Equal(open, TimesheetRules.IsOpen(alreadyLogged, inForce, week));
    }

    [Theory]
    [InlineData(-1, null, nameof(TimesheetLine.Hours))]
    [InlineData(168.5, null, nameof(TimesheetLine.Hours))]
    [InlineData(8, "bad\u0000note", nameof(TimesheetLine.Note))]
    public void TryCorrect_ARowTheRulesRefuse_ReturnsTheRuleAndKeepsTheLog(double hours, string? note, string field)
    {
        var log = new HourLog { EngineerId = 1, PhaseId = 2, Week = new IsoWeek(2026, 48), Hours = new Hours(6), Note = "pairing" };

        var violation = log.TryCorrect(hours, note);

        Assert.Equal(field, violation?.Field);
        Assert.Equal((6.0, "pairing"), (log.Hours.Value, log.Note));
    }

    [Fact]
    public void TryCorrect_AValidRow_StoresItsHoursAndNote()
    {
        var log = new HourLog { EngineerId = 1, PhaseId = 2, Week = new IsoWeek(2026, 48), Hours = new Hours(6), Note = "pairing" };

        var violation = log.TryCorrect(7.5, null);

        Assert.Null(violation);
        Assert.Equal((7.5, (string?)null), (log.Hours.Value, log.Note));
    }
}
