using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Activities;

public class ValueTypeTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(5, 4)]
    [InlineData(2, 168.5)]
    [InlineData(double.NaN, 4)]
    public void HoursRange_OutsideAboveZeroToAWeek_Throws(double min, double max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HoursRange(min, max));
    }

    [Fact]
    public void HoursRange_Contains_BothBounds()
    {
        var range = new HoursRange(2.5, 3.5);

        Assert.True(range.Contains(2.5) && range.Contains(3.5));
        Assert.False(range.Contains(2.4) || range.Contains(3.6));
        Assert.Equal("2.5–3.5", range.ToString());
    }

    [Theory]
    [InlineData(CommitmentShape.OneOff, 4)]
    [InlineData(CommitmentShape.FixedTerm, null)]
    [InlineData(CommitmentShape.Recurring, 0)]
    [InlineData(CommitmentShape.Recurring, 157)]
    public void Commitment_WeeksThatDoNotMatchTheShape_Throw(CommitmentShape shape, int? weeks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Commitment(shape, weeks));
    }

    [Fact]
    public void ActivityPay_PerPiece_SpreadsOverTheHoursOfAPiece()
    {
        var pay = ActivityPay.PerPiece(Money.Usd(500));

        Assert.Equal(Money.Usd(50), pay.HourlyRate(10));
        Assert.Equal(Money.Usd(30), ActivityPay.PerHour(Money.Usd(30)).HourlyRate(10));
        Assert.Null(ActivityPay.None.HourlyRate(10));
    }

    [Fact]
    public void ActivityPay_UnpaidWithAnAmount_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ActivityPay(PayBasis.None, 5, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityPay(PayBasis.PerHour, 0, "USD"));
    }
}
