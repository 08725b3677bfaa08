using System.Globalization;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Tests.Localization;

public class NumberTextTests
{
    [Theory]
    [InlineData("en", "12.5", 12.5)]
    [InlineData("zh-Hans", "12.5", 12.5)]
    [InlineData("en", " 40 ", 40)]
    [InlineData("en", "-1", -1)]
    [InlineData("en", "0.25", 0.25)]
    public void TryParse_NumbersAsTypedInTheCulture_ReadExactly(string culture, string text, double expected)
    {
        Assert.True(NumberText.TryParse<double>(text, CultureInfo.GetCultureInfo(culture), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("en", "1e9")]
    [InlineData("en", "12,5")]
    [InlineData("zh-Hans", "12,5")]
    [InlineData("en", "abc")]
    [InlineData("en", "1,000")]
    [InlineData("en", "7.5.1")]
    [InlineData("en", "NaN")]
    [InlineData("en", "Infinity")]
    [InlineData("en", "")]
    public void TryParse_AnythingElse_IsNotANumber(string culture, string text)
    {
        Assert.False(NumberText.TryParse<double>(text, CultureInfo.GetCultureInfo(culture), out _));
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("99999999999")]
    public void TryParse_WholeNumberField_RefusesDecimalsAndOverflow(string text)
    {
        Assert.False(NumberText.TryParse<int>(text, CultureInfo.GetCultureInfo("en"), out _));
    }
}
