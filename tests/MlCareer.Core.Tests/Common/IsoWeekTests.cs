using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Common;

public class IsoWeekTests
{
    [Theory]
    [InlineData(2026, 11, 27, 2026, 48)]
    [InlineData(2026, 12, 31, 2026, 53)]
    [InlineData(2027, 1, 3, 2026, 53)]
    [InlineData(2027, 1, 4, 2027, 1)]
    [InlineData(2024, 12, 30, 2025, 1)]
    public void FromDate_DateNearYearBoundary_BelongsToTheYearOfItsThursday(int y, int m, int d, int year, int week)
    {
        var isoWeek = IsoWeek.FromDate(new DateOnly(y, m, d));

        Assert.Equal(new IsoWeek(year, week), isoWeek);
    }

    [Fact]
    public void Monday_Week2026W53_IsTheLastMondayOf2026()
    {
        var week = new IsoWeek(2026, 53);

        Assert.Equal(new DateOnly(2026, 12, 28), week.Monday);
        Assert.Equal(new DateOnly(2027, 1, 3), week.Sunday);
    }

    [Theory]
    [InlineData(2025, 53)]
    [InlineData(2026, 0)]
    [InlineData(2026, 54)]
    [InlineData(0, 10)]
    public void Constructor_WeekTheYearDoesNotHave_Throws(int year, int week)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(year, week));
    }

    [Theory]
    [InlineData("2026-W48", 2026, 48)]
    [InlineData("2026-w05", 2026, 5)]
    [InlineData(" 2026-W53 ", 2026, 53)]
    public void TryParse_IsoText_ReturnsTheWeek(string text, int year, int week)
    {
        var parsed = IsoWeek.TryParse(text, out var result);

        Assert.True(parsed);
        Assert.Equal(new IsoWeek(year, week), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2025-W53")]
    [InlineData("2026-48")]
    [InlineData("W48-2026")]
    [InlineData("2026-W-1")]
    [InlineData("abcd-Wxy")]
    public void TryParse_NotAnIsoWeek_ReturnsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void AddWeeks_AcrossA53WeekYear_LandsOnTheRightWeek()
    {
        var week = new IsoWeek(2026, 52);

        Assert.Equal(new IsoWeek(2026, 53), week.AddWeeks(1));
        Assert.Equal(new IsoWeek(2027, 1), week.AddWeeks(2));
        Assert.Equal(new IsoWeek(2026, 50), week.AddWeeks(-2));
    }

    [Fact]
    public void WeeksUntil_AcrossYearBoundary_CountsWholeWeeks()
    {
        Assert.Equal(3, new IsoWeek(2026, 52).WeeksUntil(new IsoWeek(2027, 2)));
        Assert.Equal(-3, new IsoWeek(2027, 2).WeeksUntil(new IsoWeek(2026, 52)));
    }

    [Fact]
    public void Key_RoundTripsAndSortsLikeTheWeeks()
    {
        var weeks = new[] { new IsoWeek(2027, 1), new IsoWeek(2026, 53), new IsoWeek(2026, 2) };

        Assert.Equal(weeks.OrderBy(w => w), weeks.OrderBy(w => w.Key));
        Assert.All(weeks, w => Assert.Equal(w, IsoWeek.FromKey(w.Key)));
        Assert.Equal("2026-W53", new IsoWeek(2026, 53).ToString());
    }
}
