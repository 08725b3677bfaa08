using MlCareer.Core.Common;
using MlCareer.Core.Engineers;

namespace MlCareer.Core.Tests.Engineers;

public class EngineerCapacityTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(37.5)]
    [InlineData(168)]
    public void TrySetCapacity_OneTo168Hours_StoredExactly(double hours)
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana" };

        var violation = profile.TrySetCapacity(hours);

        Assert.Null(violation);
        Assert.Equal(hours, profile.CapacityHours.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-40)]
    [InlineData(168.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void TrySetCapacity_OutsideOneTo168_RefusedWithTheRangeAndKeepsTheOld(double hours)
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana", CapacityHours = new Hours(32) };

        var violation = profile.TrySetCapacity(hours);

        Assert.Equal((RuleCode.OutOfRange, nameof(EngineerProfile.CapacityHours)), (violation!.Code, violation.Field));
        Assert.Equal([EngineerProfile.MinCapacityHours, Hours.MaxPerWeek], violation.Args);
        Assert.Equal(32, profile.CapacityHours.Value);
    }

    [Fact]
    public void CapacityHours_NewProfile_TheDefaultForty()
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana" };

        Assert.Equal(EngineerProfile.DefaultCapacityHours, profile.CapacityHours.Value);
    }
}
