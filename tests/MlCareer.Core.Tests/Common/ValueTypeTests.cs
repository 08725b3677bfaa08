using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Common;

public class ValueTypeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(37.5)]
    [InlineData(168)]
    public void Hours_WithinAWeek_Accepted(double value)
    {
        Assert.Equal(value, new Hours(value).Value);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(168.01)]
    [InlineData(200)]
    [InlineData(double.NaN)]
    public void Hours_OutsideAWeek_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Hours(value));
        Assert.False(Hours.IsValid(value));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Share_OutsideZeroToOne_Throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Share(value));
    }

    [Fact]
    public void Money_RoundsToCentsAndComparesByValue()
    {
        Assert.Equal(new Money(500.004m, "USD"), Money.Usd(500));
        Assert.Equal("500.00 USD", Money.Usd(500).ToString());
    }

    [Fact]
    public void Money_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Usd(-1));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U$D")]
    public void Money_CurrencyNotAThreeLetterCode_Throws(string currency)
    {
        Assert.Throws<ArgumentException>(() => new Money(10, currency));
    }
}
