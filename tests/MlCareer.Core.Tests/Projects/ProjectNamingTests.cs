using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class ProjectNamingTests
{
    [Theory]
    [InlineData("Churn v2", "Churn v2")]
    [InlineData("  Churn v2  ", "Churn v2")]
    [InlineData("客户流失", "客户流失")]
    public void TryRename_GoodName_StoredTrimmed(string name, string stored)
    {
        var project = new Project { Name = "Churn" };

        var violation = project.TryRename(name);

        Assert.Null(violation);
        Assert.Equal(stored, project.Name);
    }

    [Theory]
    [InlineData("", RuleCode.Required)]
    [InlineData("   ", RuleCode.Required)]
    [InlineData("Churn\u0000", RuleCode.ControlCharacters)]
    [InlineData("Churn\u202E", RuleCode.ControlCharacters)]
    [InlineData("Churn\nv2", RuleCode.ControlCharacters)]
    public void TryRename_BadName_RefusedOnTheNameAndKeepsTheOld(string name, RuleCode code)
    {
        var project = new Project { Name = "Churn" };

        var violation = project.TryRename(name);

        Assert.Equal((code, nameof(Project.Name)), (violation!.Code, violation.Field));
        Assert.Equal("Churn", project.Name);
    }

    [Fact]
    public void TryRename_OneCharacterOverTheLimit_RefusedWithTheLimit()
    {
        var project = new Project { Name = "Churn" };

        var violation = project.TryRename(new string('x', FieldLengths.Name + 1));
        var longest = project.TryRename(new string('x', FieldLengths.Name));

        Assert.Equal((RuleCode.TooLong, (object)FieldLengths.Name), (violation!.Code, violation.Args[0]));
        Assert.Null(longest);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData(" Forecasts for the shops ", "Forecasts for the shops")]
    [InlineData("Line one\nLine two\tend", "Line one\nLine two\tend")]
    public void TryDescribe_GoodDescription_StoredTrimmedAndBlankAsNone(string? description, string? stored)
    {
        var project = new Project { Name = "Churn" };
        project.TryDescribe("Before");

        var violation = project.TryDescribe(description);

        Assert.Null(violation);
        Assert.Equal(stored, project.Description);
    }

    [Theory]
    [InlineData("Bad\u0000", RuleCode.ControlCharacters)]
    [InlineData("Bad\u001B[31m", RuleCode.ControlCharacters)]
    [InlineData("Hidden\u2066", RuleCode.ControlCharacters)]
    public void TryDescribe_BadDescription_RefusedAndKeepsTheOld(string description, RuleCode code)
    {
        var project = new Project { Name = "Churn" };
        project.TryDescribe("Before");

        var violation = project.TryDescribe(description);
        var overlong = project.TryDescribe(new string('x', FieldLengths.Description + 1));

        Assert.Equal((code, nameof(Project.Description)), (violation!.Code, violation.Field));
        Assert.Equal(RuleCode.TooLong, overlong!.Code);
        Assert.Equal("Before", project.Description);
    }
}
