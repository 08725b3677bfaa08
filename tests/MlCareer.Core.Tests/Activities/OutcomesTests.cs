using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Activities;

public class OutcomesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateRange Q4 = Outcomes.QuarterOf(Today);

    [Fact]
    public void QuarterAndYear_OfLateNovember_AreQ4AndTheCalendarYear()
    {
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), Q4);
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), Outcomes.YearOf(Today));
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), Outcomes.QuarterOf(new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void Count_ADoneArticleWithPay_OneArticleItsHoursAndItsMoney()
    {
        var article = Done(ActivityKind.Writing, 5, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 16), Money.Usd(450));

        var outcome = Outcomes.Count([article], Q4, Today);

        Assert.Equal(1, outcome.Articles);
        Assert.Equal(10, outcome.SideHours, 6);
        Assert.Equal([Money.Usd(450)], outcome.Earned);
        Assert.Equal((0, 0, 0), (outcome.Talks, outcome.Competitions, outcome.MentoringWeeks));
    }

    [Fact]
    public void Count_AnActiveEngagement_CountsHoursUpToTodayOnly()
    {
        var course = Active(ActivityKind.Learning, 5, new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 18));

        var outcome = Outcomes.Count([course], Q4, Today);

        Assert.Equal(3, outcome.SideHours, 6);
    }

    [Fact]
    public void Count_MentoringOverAWeekend_CountsOnlyWeeksWithAWorkingDay()
    {
        var mentoring = Active(ActivityKind.Mentoring, 10, new DateOnly(2026, 11, 7), new DateOnly(2026, 11, 17));

        var outcome = Outcomes.Count([mentoring], Q4, Today);

        Assert.Equal(2, outcome.MentoringWeeks);
        Assert.Equal(14, outcome.SideHours, 6);
    }

    [Fact]
    public void Count_DoneBeforeThePeriodOrDropped_NoTalkNoCompetition()
    {
        var oldTalk = Done(ActivityKind.Speaking, 3, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 11), null);
        var dropped = Active(ActivityKind.Competition, 6, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 27));
        Assert.Null(dropped.Engagement.TryDrop(new DateOnly(2026, 10, 9), Today));

        var outcome = Outcomes.Count([oldTalk, dropped], Q4, Today);

        Assert.Equal((0, 0), (outcome.Talks, outcome.Competitions));
        Assert.Equal(6, outcome.SideHours, 6);
    }

    [Fact]
    public void Sum_TwoPeople_AddsCountsAndKeepsCurrenciesApart()
    {
        var ana = new Outcome(10, 1, 0, 0, 2, [Money.Usd(450)]);
        var ben = new Outcome(4, 0, 1, 1, 1, [new Money(300, "EUR"), Money.Usd(50)]);

        var total = Outcomes.Sum([ana, ben]);

        Assert.Equal(new Outcome(14, 1, 1, 1, 3, []) with { Earned = total.Earned }, total);
        Assert.Equal([Money.Usd(500), new Money(300, "EUR")], total.Earned);
    }

    [Fact]
    public void Count_TodayBeforeThePeriod_Nothing()
    {
        var outcome = Outcomes.Count([Active(ActivityKind.Learning, 5, Today, Today.AddDays(20))], Outcomes.QuarterOf(new DateOnly(2027, 1, 4)), Today);

        Assert.Same(Outcome.None, outcome);
    }

    private static KindedEngagement Active(ActivityKind kind, double hours, DateOnly start, DateOnly end)
    {
        var engagement = new Engagement { HoursPerWeek = new Hours(hours) };
        engagement.Schedule(start, end);
        engagement.Reopen(active: true);
        return new KindedEngagement(kind, engagement);
    }

    private static KindedEngagement Done(ActivityKind kind, double hours, DateOnly start, DateOnly end, Money? earned)
    {
        var done = Active(kind, hours, start, end);
        done.Engagement.MoneyEarned = earned;
        Assert.Null(done.Engagement.TryComplete(end, Today));
        return done;
    }
}
