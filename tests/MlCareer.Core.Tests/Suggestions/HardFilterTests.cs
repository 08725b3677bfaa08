using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>A worked example per hard filter: each activity left out would be suggested without its rule.</summary>
public class HardFilterTests
{
    private static readonly SideActivity Cohort = Activity("mentoring-cohort", ActivityKind.Mentoring, 10, 10, minWeeks: 4, commitment: Commitment.Recurring(52));

    [Fact]
    public void Suggest_YearLongCohortAndAWranglingPeakSixWeeksAfterTheWindow_IsRejected()
    {
        var builder = new SuggestionBuilder().Window(2, 4, free: 24);
        for (var w = 6 + 6 - 1; w < 6 + 6 + 5; w++)
        {
            builder.Load(w, 36);
        }

        var input = builder.Build();

        var suggestions = new SuggestionEngine([Cohort]).Suggest(input)[0].Suggestions;
        var failure = Assert.Single(new SuggestionEngine([Cohort]).Check(input, Cohort, new SuggestionChoice(Week(2), 10, Week(2).Monday, Week(53).Sunday)));
        Assert.Empty(suggestions);
        Assert.Equal(SuggestionFilter.OverCapacity, failure.Filter);
        Assert.Equal(Week(11), failure.Week);
        Assert.Equal((46.0, 40.0), (failure.Hours, failure.MaxHours));
    }

    [Fact]
    public void Suggest_YearLongCohortWithRoomUntilItEnds_SaysUntilWhichWeekItWasChecked()
    {
        var input = new SuggestionBuilder().Window(2, 4, free: 24).Load(6, 29).Build();

        var suggestion = Assert.Single(new SuggestionEngine([Cohort]).Suggest(input)[0].Suggestions);

        var reason = Assert.Single(suggestion.Reasons, r => r.Kind == ReasonKind.FitsPlanBeyondWindow);
        Assert.Equal((52, Week(6), Week(53)), (reason.Weeks, reason.FromWeek, reason.UntilWeek));
        Assert.Equal((Week(7), 40.0, 40.0), (reason.Week, reason.Hours, reason.OfHours));
        Assert.Equal((Week(2).Monday, Week(53).Sunday, 10.0), (suggestion.Start, suggestion.End, suggestion.HoursPerWeek));
    }

    [Fact]
    public void Suggest_CohortBeyondTheKnownPlan_NamesTheLastWeekChecked()
    {
        var input = new SuggestionBuilder().Window(2, 4, free: 24).PlanEndsAfter(25).Build();

        var suggestion = Assert.Single(new SuggestionEngine([Cohort]).Suggest(input)[0].Suggestions);

        var reason = Assert.Single(suggestion.Reasons, r => r.Kind == ReasonKind.FitsPlanBeyondWindow);
        Assert.Equal(Week(25), reason.UntilWeek);
        Assert.Equal(Week(53).Sunday, suggestion.End);
    }

    [Fact]
    public void Suggest_CohortWithNoWeekKnownAfterTheWindow_SaysThePlanEndsWithTheWindow()
    {
        var input = new SuggestionBuilder().Window(2, 4, free: 24).PlanEndsAfter(5).Build();

        var suggestion = Assert.Single(new SuggestionEngine([Cohort]).Suggest(input)[0].Suggestions);

        var reason = Assert.Single(suggestion.Reasons, r => r.Kind == ReasonKind.FitsPlanBeyondWindow);
        Assert.Equal((Week(6), Week(5)), (reason.FromWeek, reason.UntilWeek));
        Assert.Equal((null, null, null), (reason.Week, reason.Hours, reason.OfHours));
    }

    [Fact]
    public void Suggest_TermRangeWithATightWeekBeyond_LowersTheHoursToFit()
    {
        var term = Activity("freelance", ActivityKind.Freelancing, 6, 10, minWeeks: 2, commitment: Commitment.FixedTerm(6));

        var suggestion = Assert.Single(new SuggestionBuilder().Window(2, 3, free: 20).Load(6, 33.5).Suggest(term)[0].Suggestions);

        Assert.Equal(6.5, suggestion.HoursPerWeek);
    }

    [Theory]
    [InlineData(50, "USD", false)]
    [InlineData(59.99, "USD", false)]
    [InlineData(60, "USD", true)]
    [InlineData(80, "USD", true)]
    [InlineData(80, "EUR", false)]
    public void Suggest_FreelancingAgainstAMinimumRateOf60Usd_OnlyAtOrAboveIt(decimal rate, string currency, bool suggested)
    {
        var freelance = Activity("freelance", ActivityKind.Freelancing, pay: PerHour(rate, currency));
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { MinimumFreelanceRate = Money.Usd(60) };

        var keys = builder.Keys(freelance);

        Assert.Equal(suggested, keys.Contains("freelance"));
    }

    [Fact]
    public void Suggest_FreelancingBelowTheMinimum_IsFilteredOutButOtherLowPayIsNot()
    {
        var unpaid = Activity("freelance-unpaid", ActivityKind.Freelancing);
        var perPiece = Activity("freelance-piece", ActivityKind.Freelancing, 4, 8, minWeeks: 2, pay: PerPiece(500));
        var tutoring = Activity("tutoring", ActivityKind.Mentoring, pay: PerHour(20));
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { MinimumFreelanceRate = Money.Usd(60) };
        var input = builder.Build();

        var keys = builder.Keys(unpaid, perPiece, tutoring);
        var failure = Assert.Single(new SuggestionEngine([]).Check(input, perPiece, new SuggestionChoice(Week(2), 4, Week(2).Monday, Week(4).Sunday)));

        Assert.Equal(["tutoring"], keys);
        Assert.Equal(SuggestionFilter.BelowMinimumRate, failure.Filter);
        Assert.Equal((new Money(41.67m, "USD"), Money.Usd(60)), (failure.Amount, failure.Minimum));
    }

    [Fact]
    public void Suggest_DislikedKindAndArchivedActivity_AreNeverSuggested()
    {
        var talk = Activity("talk", ActivityKind.Speaking);
        var archived = Activity("archived", ActivityKind.Writing);
        archived.Archive();
        var kept = Activity("kept", ActivityKind.Writing);
        var builder = new SuggestionBuilder().Window(2, 3);
        builder.Engineer = builder.Engineer with { Dislikes = [ActivityKind.Speaking] };

        var keys = builder.Keys(talk, archived, kept);

        Assert.Equal(["kept"], keys);
    }

    [Theory]
    [InlineData(10, 12, false)]
    [InlineData(10, 10, true)]
    [InlineData(10.5, 10, true)]
    [InlineData(9.75, 10, false)]
    public void Suggest_LeastHoursAgainstTheWindowsFreeHours_FitOnlyWhenAtMost(double free, double least, bool suggested)
    {
        var activity = Activity("a", ActivityKind.OpenSource, least, 12);
        var builder = new SuggestionBuilder { Engineer = new(1, 20, [], [], [], [], null, null) }.Window(2, 3, free: free);

        var suggestions = builder.Suggest(activity)[0].Suggestions;

        Assert.Equal(suggested, suggestions.Count == 1);
        Assert.All(suggestions, s => Assert.Equal(Math.Floor(free * 2) / 2, s.HoursPerWeek));
    }

    [Fact]
    public void Suggest_BudgetPartlyTakenInOneWeekOfTheWindow_OnlyWhatIsLeftFits()
    {
        var five = Activity("five", ActivityKind.OpenSource, 5, 6);
        var three = Activity("three", ActivityKind.Learning, 3, 6, minWeeks: 2);
        var builder = new SuggestionBuilder().Window(2, 3, free: 20).Load(3, 20, side: 6);

        var suggestion = Assert.Single(builder.Suggest(five, three)[0].Suggestions);

        Assert.Equal(("three", 4.0), (suggestion.Activity.Key, suggestion.HoursPerWeek));
        Assert.Contains(suggestion.Reasons, r => r is { Kind: ReasonKind.FitsFreeHours, Hours: 4, OfHours: 20, BudgetHours: 4 });
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Suggest_ActivityWorthStartingInFourWeeks_NeedsAWindowThatLong(int windowWeeks, bool suggested)
    {
        var talk = Activity("talk", ActivityKind.Speaking, minWeeks: 4);

        var keys = new SuggestionBuilder().Window(2, windowWeeks).Keys(talk);

        Assert.Equal(suggested, keys.Contains("talk"));
    }

    [Fact]
    public void Suggest_FixedTermOutlastingTheWindowIntoAPeak_IsRejected()
    {
        var competition = Activity("term", ActivityKind.OpenSource, 6, 8, minWeeks: 2, commitment: Commitment.FixedTerm(8));

        var peakAfterTheTerm = new SuggestionBuilder().Window(2, 4).Load(10, 36).Keys(competition);
        var peakInTheTerm = new SuggestionBuilder().Window(2, 4).Load(9, 36).Keys(competition);

        Assert.Equal(["term"], peakAfterTheTerm);
        Assert.Empty(peakInTheTerm);
    }
}
