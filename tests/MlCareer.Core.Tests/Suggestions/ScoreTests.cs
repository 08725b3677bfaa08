using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>
/// A worked example per score factor: two activities equal but for the factor, named so that without
/// it the key order ("a-…" before "b-…") would rank them the other way.
/// </summary>
public class ScoreTests
{
    [Fact]
    public void Suggest_LikedKind_RanksUpWithItsPoints()
    {
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { Likes = [ActivityKind.Speaking] };

        var top = builder.Suggest(Activity("a-writing", ActivityKind.Writing), Activity("b-talk", ActivityKind.Speaking))[0].Suggestions[0];

        Assert.Equal("b-talk", top.Activity.Key);
        Assert.Contains(top.Reasons, r => r is { Kind: ReasonKind.Interest, Points: 2, ActivityKind: ActivityKind.Speaking });
        Assert.Equal(2, top.Score);
    }

    [Fact]
    public void Suggest_SkillToLearnBeforeSkillHeldBeforeNone()
    {
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { Skills = ["SQL"], SkillsToLearn = ["pytorch"] };

        var suggestions = builder.Suggest(
            Activity("a-none", ActivityKind.OpenSource, skills: ["rust"]),
            Activity("b-held", ActivityKind.OpenSource, skills: ["sql"]),
            Activity("c-new", ActivityKind.OpenSource, skills: ["sql", "PyTorch"]))[0].Suggestions;

        Assert.Equal(["c-new", "b-held", "a-none"], suggestions.Select(s => s.Activity.Key));
        Assert.Contains(suggestions[0].Reasons, r => r.Kind == ReasonKind.NewSkill && r.Points == 1.5 && r.Skills!.SequenceEqual(["PyTorch"]));
        Assert.Contains(suggestions[1].Reasons, r => r.Kind == ReasonKind.DeepenSkill && r.Points == 0.75 && r.Skills!.SequenceEqual(["sql"]));
    }

    [Fact]
    public void Suggest_WorkInAnotherIndustry_RanksUp()
    {
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { HomeIndustry = "Banking" };

        var suggestions = builder.Suggest(
            Activity("a-banking", ActivityKind.Freelancing, industry: "banking"),
            Activity("b-healthcare", ActivityKind.Freelancing, industry: "healthcare"))[0].Suggestions;

        Assert.Equal("b-healthcare", suggestions[0].Activity.Key);
        Assert.Contains(suggestions[0].Reasons, r => r is { Kind: ReasonKind.NewIndustry, Industry: "healthcare", Points: 1 });
        Assert.DoesNotContain(suggestions[1].Reasons, r => r.Kind == ReasonKind.NewIndustry);
    }

    [Fact]
    public void Suggest_PayPerHour_AgainstTheMinimumRate_PerPieceSpreadOverItsHours()
    {
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { MinimumFreelanceRate = Money.Usd(50) };

        var suggestions = builder.Suggest(
            Activity("a-unpaid", ActivityKind.Writing, 4, 8, minWeeks: 2),
            Activity("b-article", ActivityKind.Writing, 4, 8, minWeeks: 2, pay: PerPiece(500)),
            Activity("c-tutoring", ActivityKind.Mentoring, pay: PerHour(100)))[0].Suggestions;

        Assert.Equal(["c-tutoring", "b-article", "a-unpaid"], suggestions.Select(s => s.Activity.Key));
        var article = Assert.Single(suggestions[1].Reasons, r => r.Kind == ReasonKind.Pay);
        Assert.Equal((new Money(41.67m, "USD"), Money.Usd(500), 12.0, Money.Usd(50), 0.83), (article.Amount, article.PieceAmount, article.Hours, article.Minimum, article.Points));
        Assert.Equal(1.5, Assert.Single(suggestions[0].Reasons, r => r.Kind == ReasonKind.Pay).Points);
    }

    [Fact]
    public void Suggest_PayWithoutAMinimumInTheSameCurrency_CountsAFlatHalfPoint()
    {
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { MinimumFreelanceRate = new Money(300, "CNY") };

        var top = builder.Suggest(Activity("a-unpaid", ActivityKind.Writing), Activity("b-paid", ActivityKind.Writing, pay: PerHour(40)))[0].Suggestions[0];

        Assert.Equal("b-paid", top.Activity.Key);
        Assert.Contains(top.Reasons, r => r is { Kind: ReasonKind.Pay, Points: 0.5, Minimum: null });
    }

    [Fact]
    public void Suggest_KindTakingMostRecentSideHours_RanksBelowAFreshKind()
    {
        var builder = new SuggestionBuilder().Window(2, 3).Engaged(ActivityKind.Writing, -20, -13, 6).Engaged(ActivityKind.Speaking, -8, -7, 3).Engaged(ActivityKind.Writing, -30, -24, 10);

        var suggestions = builder.Suggest(Activity("a-writing", ActivityKind.Writing), Activity("b-talk", ActivityKind.Speaking), Activity("c-oss", ActivityKind.OpenSource))[0].Suggestions;

        Assert.Equal(["c-oss", "b-talk", "a-writing"], suggestions.Select(s => s.Activity.Key));
        Assert.Contains(suggestions[2].Reasons, r => r is { Kind: ReasonKind.Variety, Hours: 78, OfHours: 84, Points: 0.07, Weeks: 26 });
        Assert.Contains(suggestions[0].Reasons, r => r is { Kind: ReasonKind.Variety, Hours: 0, Points: 1 });
    }

    [Fact]
    public void Suggest_InterruptibleWork_RanksUpInTrainingRunWeeks()
    {
        var steady = Activity("a-steady", ActivityKind.OpenSource);
        var pausable = Activity("b-pausable", ActivityKind.OpenSource, interruptible: true);

        var quiet = new SuggestionBuilder().Window(2, 4).Keys(steady, pausable);
        var training = new SuggestionBuilder().Window(2, 4, trainingRun: "Churn", monitoredWeeks: 3).Suggest(steady, pausable)[0].Suggestions;

        Assert.Equal(["a-steady", "b-pausable"], quiet);
        Assert.Equal(["b-pausable", "a-steady"], training.Select(s => s.Activity.Key));
        Assert.Contains(training[0].Reasons, r => r is { Kind: ReasonKind.Interruptible, Weeks: 3, OfWeeks: 4, ProjectName: "Churn", Label: "Training run", Points: 1.5 });
    }

    [Fact]
    public void Suggest_ReasonsAfterTheFit_AreLargestFirstAndAddUpToTheScore()
    {
        var builder = new SuggestionBuilder().Window(2, 3, trainingRun: "Churn");
        builder.Engineer = builder.Engineer with { Likes = [ActivityKind.Writing], SkillsToLearn = ["writing"] };

        var top = builder.Suggest(Activity("article", ActivityKind.Writing, interruptible: true, skills: ["writing"], pay: PerHour(40)))[0].Suggestions[0];

        Assert.Equal([ReasonKind.FitsFreeHours, ReasonKind.FitsWindow, ReasonKind.Interest, ReasonKind.Interruptible, ReasonKind.NewSkill, ReasonKind.Pay], top.Reasons.Select(r => r.Kind));
        Assert.Equal(top.Reasons.Sum(r => r.Points), top.Score, 6);
        Assert.Equal(6, top.Score);
    }
}
