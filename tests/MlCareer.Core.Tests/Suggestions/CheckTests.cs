using MlCareer.Core.Activities;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>Accepting re-runs the hard filters, so a crafted call cannot take on an archived or unfitting activity.</summary>
public class CheckTests
{
    private static readonly SideActivity Article = Activity("article", ActivityKind.Writing, 4, 8, minWeeks: 2);

    private static IReadOnlyList<SuggestionFailure> Check(SideActivity activity, SuggestionChoice choice, Action<SuggestionBuilder>? arrange = null)
    {
        var builder = new SuggestionBuilder().Window(2, 4, free: 12);
        arrange?.Invoke(builder);
        return new SuggestionEngine([]).Check(builder.Build(), activity, choice);
    }

    [Fact]
    public void Check_TheSuggestedChoice_Passes()
    {
        var input = new SuggestionBuilder().Window(2, 4, free: 12).Build();
        var suggestion = new SuggestionEngine([Article]).Suggest(input)[0].Suggestions[0];

        var failures = new SuggestionEngine([]).Check(input, Article, new SuggestionChoice(Week(2), suggestion.HoursPerWeek, suggestion.Start, suggestion.End));

        Assert.Empty(failures);
    }

    [Fact]
    public void Check_ArchivedActivity_IsRefused()
    {
        var archived = Activity("old", ActivityKind.Writing, 4, 8);
        archived.Archive();

        var failures = Check(archived, new SuggestionChoice(Week(2), 5, Week(2).Monday, Week(5).Sunday));

        Assert.Equal([SuggestionFilter.Archived], failures.Select(f => f.Filter));
    }

    [Fact]
    public void Check_DislikedKind_IsRefused()
    {
        var failures = Check(Article, new SuggestionChoice(Week(2), 5, Week(2).Monday, Week(5).Sunday), b => b.Engineer = b.Engineer with { Dislikes = [ActivityKind.Writing] });

        Assert.Equal(ActivityKind.Writing, Assert.Single(failures, f => f.Filter == SuggestionFilter.DislikedKind).ActivityKind);
    }

    [Fact]
    public void Check_HoursOverTheFreeHoursAndBudgetAndOutsideTheRange_ReportsEach()
    {
        var failures = Check(Article, new SuggestionChoice(Week(2), 14, Week(2).Monday, Week(5).Sunday));

        Assert.Equal([SuggestionFilter.HoursOutsideRange, SuggestionFilter.OverFreeHours, SuggestionFilter.OverBudget], failures.Select(f => f.Filter));
        Assert.Equal((14.0, 4.0, 8.0), (failures[0].Hours, failures[0].MinHours, failures[0].MaxHours));
        Assert.Equal(12.0, failures[1].MaxHours);
        Assert.Equal(10.0, failures[2].MaxHours);
    }

    [Fact]
    public void Check_WindowThatIsNotUpcoming_IsRefused()
    {
        var failures = Check(Article, new SuggestionChoice(Week(7), 5, Week(7).Monday, Week(9).Sunday));

        Assert.Equal(Week(7), Assert.Single(failures, f => f.Filter == SuggestionFilter.NoSuchWindow).Week);
    }

    [Theory]
    [InlineData(1, 5, SuggestionFilter.StartOutsideWindow)]
    [InlineData(6, 8, SuggestionFilter.StartOutsideWindow)]
    [InlineData(5, 5, SuggestionFilter.WindowTooShort)]
    public void Check_DatesThatDoNotFitTheWindow_AreRefused(int startWeek, int endWeek, SuggestionFilter expected)
    {
        var failures = Check(Article, new SuggestionChoice(Week(2), 5, Week(startWeek).Monday, Week(endWeek).Sunday));

        Assert.Contains(expected, failures.Select(f => f.Filter));
    }

    [Fact]
    public void Check_EndBeforeStart_IsRefused()
    {
        var failures = Check(Article, new SuggestionChoice(Week(2), 5, Week(4).Monday, Week(3).Sunday));

        Assert.Equal([SuggestionFilter.EndBeforeStart], failures.Select(f => f.Filter));
    }

    [Fact]
    public void Check_DatesRunningIntoABusyWeek_NamesTheFirstSuchWeek()
    {
        var failures = Check(Article, new SuggestionChoice(Week(2), 8, Week(2).Monday, Week(12).Sunday), b => b.Load(8, 35).Load(9, 38));

        var failure = Assert.Single(failures);
        Assert.Equal((SuggestionFilter.OverCapacity, Week(8), 43.0, 40.0), (failure.Filter, failure.Week, failure.Hours, failure.MaxHours));
    }
}
