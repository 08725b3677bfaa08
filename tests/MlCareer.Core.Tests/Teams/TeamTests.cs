using MlCareer.Core.Common;
using MlCareer.Core.Teams;

namespace MlCareer.Core.Tests.Teams;

public class TeamTests
{
    [Theory]
    [InlineData("Speech", "Speech")]
    [InlineData("  Vision & NLP ", "Vision & NLP")]
    public void TryRename_GoodName_StoredTrimmed(string name, string stored)
    {
        var team = new Team { Name = "Core ML" };

        var violation = team.TryRename(name);

        Assert.Null(violation);
        Assert.Equal(stored, team.Name);
    }

    [Theory]
    [InlineData("", RuleCode.Required)]
    [InlineData(" \t ", RuleCode.Required)]
    [InlineData("Speech\u0000", RuleCode.ControlCharacters)]
    [InlineData("Speech\u202E", RuleCode.ControlCharacters)]
    public void TryRename_BadName_RefusedOnTheNameAndKeepsTheOld(string name, RuleCode code)
    {
        var team = new Team { Name = "Core ML" };

        var violation = team.TryRename(name);
        var overlong = team.TryRename(new string('x', FieldLengths.Name + 1));

        Assert.Equal((code, nameof(Team.Name)), (violation!.Code, violation.Field));
        Assert.Equal(RuleCode.TooLong, overlong!.Code);
        Assert.Equal("Core ML", team.Name);
    }

    [Theory]
    [InlineData(null, RuleCode.Required)]
    [InlineData("", RuleCode.Required)]
    [InlineData("Bad\u001B", RuleCode.ControlCharacters)]
    public void CheckName_WhatTheFormsAsk_SameRuleAsRename(string? name, RuleCode code)
    {
        var violation = Team.CheckName(name);

        Assert.Equal((code, nameof(Team.Name)), (violation!.Code, violation.Field));
    }
}
