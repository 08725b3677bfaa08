using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Activities;

/// <summary>Worked examples of the growth summary; today is Wednesday 25 Nov 2026.</summary>
public class GrowthSummaryTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Engagement Engagement(DateOnly start, DateOnly end, double hours)
    {
        var engagement = new Engagement { HoursPerWeek = new Hours(hours) };
        engagement.Schedule(start, end);
        return engagement;
    }

    [Fact]
    public void For_ADoneArticleWithPay_CountsItsHoursTheArticleAndTheMoney()
    {
        var article = Engagement(new(2026, 10, 5), new(2026, 10, 25), 5);
        RuleViolationException.ThrowIf(article.TryComplete(new(2026, 10, 23), Today) ?? article.TryRecordOutcome(new("https://example.com/a", 450, "USD", null, null)));

        var figures = GrowthSummary.For([(ActivityKind.Writing, article)], GrowthSummary.Year(Today), Today);

        Assert.Equal(15, figures.HoursByKind[ActivityKind.Writing]);
        Assert.Equal(1, figures.Articles);
        Assert.Equal([Money.Usd(450)], figures.MoneyEarned);
    }

    [Fact]
    public void For_AnActiveMentoringCohort_CountsHoursAndWeeksUpToTodayOnly()
    {
        var cohort = Engagement(new(2026, 11, 9), new(2027, 11, 7), 10);
        cohort.Reopen(active: true);

        var figures = GrowthSummary.For([(ActivityKind.Mentoring, cohort)], null, Today);

        Assert.Equal(10 + 10 + 6, figures.HoursByKind[ActivityKind.Mentoring]);
        Assert.Equal(3, figures.MentoringWeeks);
        Assert.Equal(0, figures.Articles);
    }

    [Fact]
    public void For_ThisYear_LeavesOutLastYearsCompetitionButOverallCountsIt()
    {
        var competition = Engagement(new(2025, 11, 3), new(2025, 12, 28), 6);
        RuleViolationException.ThrowIf(competition.TryComplete(new(2025, 12, 28), Today) ?? competition.TryRecordOutcome(new(null, null, null, 12, null)));

        var year = GrowthSummary.For([(ActivityKind.Competition, competition)], GrowthSummary.Year(Today), Today);
        var overall = GrowthSummary.For([(ActivityKind.Competition, competition)], null, Today);

        Assert.True(year.IsEmpty);
        Assert.Equal(1, overall.Competitions);
        Assert.Equal(6 * 8, overall.HoursByKind[ActivityKind.Competition]);
    }

    [Fact]
    public void For_MoneyInTwoCurrencies_KeepsThemApart()
    {
        var talk = Engagement(new(2026, 9, 7), new(2026, 9, 13), 4);
        var article = Engagement(new(2026, 9, 14), new(2026, 9, 20), 4);
        RuleViolationException.ThrowIf(talk.TryComplete(new(2026, 9, 11), Today) ?? talk.TryRecordOutcome(new(null, 800, "EUR", null, null)));
        RuleViolationException.ThrowIf(article.TryComplete(new(2026, 9, 18), Today) ?? article.TryRecordOutcome(new(null, 300, "USD", null, null)));

        var figures = GrowthSummary.For([(ActivityKind.Speaking, talk), (ActivityKind.Writing, article)], null, Today);

        Assert.Equal([new Money(800, "EUR"), Money.Usd(300)], figures.MoneyEarned);
        Assert.Equal((1, 1), (figures.Talks, figures.Articles));
    }

    [Fact]
    public void For_DroppedBeforeItStarted_CountsNothing()
    {
        var planned = Engagement(new(2026, 12, 7), new(2026, 12, 20), 5);
        RuleViolationException.ThrowIf(planned.TryDrop(Today, Today));

        var figures = GrowthSummary.For([(ActivityKind.Writing, planned)], null, Today);

        Assert.True(figures.IsEmpty);
    }
}
