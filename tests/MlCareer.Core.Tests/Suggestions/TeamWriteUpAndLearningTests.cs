using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>The team competition, the write-up after a model ships, and the standing daily-learning habit.</summary>
public class TeamWriteUpAndLearningTests
{
    private static readonly SideActivity Competition =
        Activity("team-ml-competition", ActivityKind.Competition, 6, 10, minWeeks: 2, team: true);

    private static readonly SideActivity[] Catalog =
    [
        Activity("article", ActivityKind.Writing, 4, 8, minWeeks: 2, interruptible: true, pay: PerPiece(500)),
        Activity("freelance", ActivityKind.Freelancing, 4, 8, pay: PerHour(80)),
        Activity("talk", ActivityKind.Speaking, 3, 6, minWeeks: 3),
        Activity("tutoring", ActivityKind.Mentoring, 2, 4, minWeeks: 2, interruptible: true, pay: PerHour(50)),
    ];

    [Fact]
    public void Suggest_TwoTeammatesWithOverlappingWindows_EachGetsACompetitionNamingTheOther()
    {
        var ana = new SuggestionBuilder { Engineer = new(1, 10, [], [], [], [], null, null) }.Window(2, 5).Teammate(2, "Ben", 4, 6).Teammate(1, "Ana", 2, 5);
        var ben = new SuggestionBuilder { Engineer = new(2, 10, [], [], [], [], null, null) }.Window(4, 6).Teammate(1, "Ana", 2, 5);

        var forAna = Assert.Single(ana.Suggest(Competition)[0].Suggestions);
        var forBen = Assert.Single(ben.Suggest(Competition)[0].Suggestions);

        var anaReason = Assert.Single(forAna.Reasons, r => r.Kind == ReasonKind.TeamCompetition);
        var benReason = Assert.Single(forBen.Reasons, r => r.Kind == ReasonKind.TeamCompetition);
        Assert.Equal(["Ben"], anaReason.Teammates!.Select(t => t.Name));
        Assert.Equal(["Ana"], benReason.Teammates!.Select(t => t.Name));
        Assert.All([anaReason, benReason], r => Assert.Equal((Week(4), Week(6)), (r.FromWeek, r.UntilWeek)));
        Assert.Equal(Week(4).Monday, forAna.Start);
    }

    [Fact]
    public void Suggest_TeammateSharingOnlyOneWeek_NoTeamActivity()
    {
        var builder = new SuggestionBuilder().Window(2, 5).Teammate(2, "Ben", 6, 4);
        var input = builder.Build();

        var result = new SuggestionEngine([Competition]).Suggest(input)[0];
        var failures = new SuggestionEngine([]).Check(input, Competition, new SuggestionChoice(Week(2), 6, Week(2).Monday, Week(6).Sunday));

        Assert.Empty(result.Suggestions);
        Assert.Empty(result.Teammates);
        Assert.Equal([SuggestionFilter.NoTeammate], failures.Select(f => f.Filter));
    }

    [Fact]
    public void Suggest_ModelDevelopmentJustEnded_RanksTheWriteUpFirstAndNamesTheProject()
    {
        var likesFreelancing = new EngineerFacts(1, 10, [ActivityKind.Freelancing], [], [], [], null, null);

        var before = new SuggestionBuilder { Engineer = likesFreelancing }.Window(2, 4).Keys(Catalog);
        var after = new SuggestionBuilder { Engineer = likesFreelancing }.Window(2, 4).PhaseEnded("Customer churn", PhaseKind.ModelDevelopment, -1).Suggest(Catalog)[0].Suggestions;

        Assert.Equal("freelance", before[0]);
        Assert.Equal("article", after[0].Activity.Key);
        Assert.Contains(after[0].Reasons, r => r is { Kind: ReasonKind.WriteUp, ProjectName: "Customer churn", PhaseKind: PhaseKind.ModelDevelopment, Points: 3 } && r.Week == Week(-1));
    }

    [Theory]
    [InlineData(PhaseKind.Deployment, -4, 8, true)]
    [InlineData(PhaseKind.ModelDevelopment, -1, 20, true)]
    [InlineData(PhaseKind.ModelDevelopment, -5, 2, false)]
    [InlineData(PhaseKind.ModelDevelopment, 4, 8, true)]
    [InlineData(PhaseKind.ModelDevelopment, 6, 8, true)]
    [InlineData(PhaseKind.ModelDevelopment, 3, 8, false)]
    [InlineData(PhaseKind.DataWrangling, -1, 2, false)]
    public void Suggest_PhaseEndedInTheLastFourWeeksOrFourWeeksBeforeTheWindow_WriteUp(PhaseKind kind, int endWeek, int windowStart, bool writeUp)
    {
        var suggestions = new SuggestionBuilder().Window(windowStart, 4).PhaseEnded("Churn", kind, endWeek).Suggest(Catalog)[0].Suggestions;

        Assert.Equal(writeUp, suggestions.Single(s => s.Activity.Key == "article").Reasons.Any(r => r.Kind == ReasonKind.WriteUp));
    }

    [Fact]
    public void Suggest_PhaseJustEnded_IsWrittenUpInTheNextWindowOnly()
    {
        var results = new SuggestionBuilder().Window(10, 3).Window(2, 4).PhaseEnded("Churn", PhaseKind.Deployment, -2).PhaseEnded("Vision", PhaseKind.ModelDevelopment, 7).Suggest(Catalog);

        string? WrittenUp(int window) => results[window].Suggestions.Single(s => s.Activity.Key == "article").Reasons.SingleOrDefault(r => r.Kind == ReasonKind.WriteUp)?.ProjectName;
        Assert.Equal(("Vision", "Churn"), (WrittenUp(0), WrittenUp(1)));
    }

    [Fact]
    public void Suggest_OneWeekDip_StillGetsThirtyMinutesOfDailyLearning()
    {
        var learning = Activity("daily-learning", ActivityKind.Learning, 2.5, 3.5, interruptible: true);

        var suggestion = Assert.Single(new SuggestionBuilder().Window(2, 1, free: 3).Suggest([.. Catalog, learning])[0].Suggestions);

        Assert.Equal(("daily-learning", 2.5, true), (suggestion.Activity.Key, suggestion.HoursPerWeek, suggestion.IsStanding));
        Assert.Contains(suggestion.Reasons, r => r is { Kind: ReasonKind.DailyLearning, Minutes: 30, Hours: 2.5 });
    }

    [Fact]
    public void Suggest_DailyLearningBelowTheCut_IsKeptAsTheStandingSuggestion()
    {
        var learning = Activity("daily-learning", ActivityKind.Learning, 2.5, 3.5);
        var builder = new SuggestionBuilder().Window(2, 4);
        builder.Engineer = builder.Engineer with { Likes = [ActivityKind.Writing, ActivityKind.Speaking] };
        var engine = new SuggestionEngine([.. Catalog, learning], SuggestionRules.Default with { PerWindow = 2 });

        var suggestions = engine.Suggest(builder.Build())[0].Suggestions;

        Assert.Equal(["article", "talk", "daily-learning"], suggestions.Select(s => s.Activity.Key));
        Assert.Equal([1, 2, 3], suggestions.Select(s => s.Rank));
    }
}
