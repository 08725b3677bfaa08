using MlCareer.Core.Engineers;

namespace MlCareer.Core.Tests.Engineers;

public class EngineerProfileTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(12.5)]
    [InlineData(40)]
    [InlineData(168)]
    public void IsValidCapacity_OneToAWeekOfHours_True(double hours)
    {
        var valid = EngineerProfile.IsValidCapacity(hours);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.99)]
    [InlineData(-1)]
    [InlineData(168.01)]
    [InlineData(1e9)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void IsValidCapacity_OutsideOneTo168_False(double hours)
    {
        var valid = EngineerProfile.IsValidCapacity(hours);

        Assert.False(valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ana\u0007")]
    public void TryRename_BlankOrControlCharacters_RefusedAndTheNameKept(string name)
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana Souza" };

        var violation = profile.TryRename(name);

        Assert.Equal(nameof(EngineerProfile.DisplayName), violation?.Field);
        Assert.Equal("Ana Souza", profile.DisplayName);
    }

    [Fact]
    public void TryRename_AName_StoredTrimmed()
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana Souza" };

        var violation = profile.TryRename("  Ana Lima ");

        Assert.Null(violation);
        Assert.Equal("Ana Lima", profile.DisplayName);
    }
}
