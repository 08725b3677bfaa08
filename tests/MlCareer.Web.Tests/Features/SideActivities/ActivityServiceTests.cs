using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Notifications;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Features.SideActivities.SideActivityTestData;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>
/// My activities through the service: an engineer changes only their own engagements, every value is checked
/// by the Core rules, completing one counts in the growth summary, and a phase that grows into an engagement
/// warns on My activities, on Home and in the bell. This class changes data: its own app.
/// </summary>
public abstract class ActivityServiceTests(AppFixture app)
{
    private static async Task<Engagement> BensArticleAsync(AsUser user)
    {
        await using var db = user.Db();
        return await db.Engagements.AsNoTracking().Join(db.Engineers, e => e.EngineerId, p => p.Id, (e, p) => new { e, p.DisplayName })
            .Where(x => x.DisplayName == "Ben Okafor").Select(x => x.e).SingleAsync(Ct);
    }

    [Fact]
    public async Task EveryChange_SomeoneElsesEngagement_NotFoundAndNothingChanges()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var service = ana.Service<ActivityService>();
        var bens = await BensArticleAsync(ana);

        var results = new Result[]
        {
            await service.UpdateAsync(new EngagementInput { Id = bens.Id, Version = bens.Version, HoursPerWeek = 1, Start = new DateTime(2026, 1, 5), End = new DateTime(2026, 1, 9) }, Ct),
            await service.StartAsync(bens.Id, bens.Version, Ct),
            await service.CompleteAsync(new OutcomeInput { Id = bens.Id, Version = bens.Version, CompletedOn = new DateTime(2026, 11, 1), OutcomeNote = "mine" }, Ct),
            await service.DropAsync(bens.Id, bens.Version, Ct),
        };

        Assert.All(results, r => Assert.Equal(ErrorKind.NotFound, r.Error?.Kind));
        var after = await BensArticleAsync(ana);
        Assert.Equal((bens.Version, EngagementStatus.Done, bens.OutcomeNote), (after.Version, after.Status, after.OutcomeNote));
        Assert.DoesNotContain((await service.GetAsync(Ct)).Value!.Engagements, r => r.Engagement.Id == bens.Id);
    }

    [Theory]
    [InlineData("javascript:alert(1)", 450, "USD", 30, nameof(OutcomeInput.OutcomeLink), "Errors.Text")]
    [InlineData(null, 2_000_000, "USD", 30, nameof(OutcomeInput.MoneyAmount), "Errors.Text")]
    [InlineData(null, 450, "usd", 30, nameof(OutcomeInput.MoneyCurrency), "Errors.Text")]
    [InlineData(null, null, null, -1, nameof(OutcomeInput.CompletedOn), "Rules.ActualDateInFuture")]
    public async Task Complete_ABrokenRule_InvalidAndNothingStored(string? link, int? money, string? currency, int daysAgo, string field, string message)
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, "ben@mlcareer.example");
        var mine = await BensArticleAsync(ben);
        var input = OutcomeInput.From(mine, MlCareerWebFactory.Today);
        (input.OutcomeLink, input.MoneyAmount, input.MoneyCurrency) = (link, money, currency);
        input.CompletedOn = MlCareerWebFactory.Today.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue);

        var result = await ben.Service<ActivityService>().CompleteAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, field, message), (result.Error?.Kind, result.Error?.Field, result.Error?.MessageKey));
        Assert.Equal(mine.Version, (await BensArticleAsync(ben)).Version);
    }

    [Fact]
    public async Task AcceptThenComplete_TheGrowthSummaryCountsTheTalkAndItsMoney()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var window = (await chen.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0];
        var competition = window.Suggestions.Suggestions.Single(s => s.Activity.Key == "team-ml-competition");
        var accepted = await chen.Service<SuggestionService>().AcceptAsync(new AcceptInput
        {
            SideActivityId = competition.Activity.Id, WindowStart = window.Window.Start, HoursPerWeek = competition.HoursPerWeek,
            Start = competition.Start.ToDateTime(TimeOnly.MinValue), End = competition.End.ToDateTime(TimeOnly.MinValue),
        }, Ct);
        var service = chen.Service<ActivityService>();
        var row = (await service.GetAsync(Ct)).Value!.Engagements.Single(r => r.Engagement.Id == accepted.Value);
        var outcome = OutcomeInput.From(row.Engagement, MlCareerWebFactory.Today);
        (outcome.OutcomeLink, outcome.CompetitionRank, outcome.MoneyAmount, outcome.MoneyCurrency) = ("https://www.kaggle.com/competitions/x", 12, 250, "USD");

        var result = await service.CompleteAsync(outcome, Ct);

        Assert.True(result.Succeeded);
        var view = (await service.GetAsync(Ct)).Value!;
        Assert.Equal((1, 1), (view.ThisYear.Competitions, view.Overall.Competitions));
        Assert.Equal([Money.Usd(250)], view.Overall.MoneyEarned);
        Assert.Equal(competition.HoursPerWeek * 3 / 5, view.ThisYear.HoursByKind[ActivityKind.Competition], 6);
        var done = view.Engagements.Single(r => r.Engagement.Id == accepted.Value).Engagement;
        Assert.Equal((EngagementStatus.Done, MlCareerWebFactory.Today, 12), (done.Status, done.CompletedOn, done.CompetitionRank));
    }

    [Fact]
    public async Task TrainingRunRemovedUnderAnEngagement_SlipWarningOnMyActivitiesHomeAndTheBell()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var accepted = await ana.Service<SuggestionService>().AcceptAsync(await AcceptInAnasWindowAsync(ana, "technical-article", 8), Ct);
        var service = ana.Service<ActivityService>();
        var engagement = (await service.GetAsync(Ct)).Value!.Engagements.Single(r => r.Engagement.Id == accepted.Value).Engagement;
        var raised = EngagementInput.From(engagement);
        raised.HoursPerWeek = 16;
        Assert.True((await service.UpdateAsync(raised, Ct)).Succeeded);
        Assert.Empty((await service.GetAsync(Ct)).Value!.Slips);
        await using (var db = ana.Db())
        {
            var run = await db.PhasePeriods.AsNoTracking()
                .Join(db.Phases, p => p.PhaseId, ph => ph.Id, (p, ph) => new { p.Id, p.PhaseId, ph.ProjectId })
                .Join(db.Projects.Where(p => p.Name == "Customer churn prediction"), x => x.ProjectId, p => p.Id, (x, p) => x)
                .SingleAsync(Ct);
            Assert.True((await ana.Service<PhaseService>().RemovePeriodAsync(run.ProjectId, run.PhaseId, run.Id, Ct)).Succeeded);
        }

        var slips = (await service.GetAsync(Ct)).Value!.Slips;
        var home = (await ana.Service<SuggestionService>().GetHighlightsAsync(Ct)).Value!.Slips;
        var bell = (await ana.Service<NotificationService>().GetAsync(Ct)).Value!.Items;

        var slip = Assert.Single(slips);
        Assert.Equal(accepted.Value, slip.Engagement.EngagementId);
        Assert.Equal([AnasWindow, AnasWindow.AddWeeks(1), AnasWindow.AddWeeks(2)], slip.Weeks);
        Assert.Equal((PhaseKind.ModelDevelopment, "Customer churn prediction"), (slip.Phases[0].Kind, slip.Phases[0].ProjectName));
        Assert.Equal(slip.Weeks, Assert.Single(home).Weeks);
        Assert.Contains(bell, n => n.Kind == NoticeKind.Slip && n.Slip!.Engagement.EngagementId == accepted.Value);
    }

    [Fact]
    public async Task Update_HoursOrDatesBroken_InvalidAndAStaleEditIsAConflict()
    {
        await using var emma = await AsUser.SignInAsync(app.Factory, "emma@mlcareer.example");
        var window = (await emma.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0];
        var daily = window.Suggestions.Suggestions.Single(s => s.IsStanding);
        var id = (await emma.Service<SuggestionService>().AcceptAsync(new AcceptInput
        {
            SideActivityId = daily.Activity.Id, WindowStart = window.Window.Start, HoursPerWeek = daily.HoursPerWeek,
            Start = daily.Start.ToDateTime(TimeOnly.MinValue), End = daily.End.ToDateTime(TimeOnly.MinValue),
        }, Ct)).Value;
        var service = emma.Service<ActivityService>();
        var engagement = (await service.GetAsync(Ct)).Value!.Engagements.Single(r => r.Engagement.Id == id).Engagement;
        var zero = EngagementInput.From(engagement);
        zero.HoursPerWeek = 0;
        var backwards = EngagementInput.From(engagement);
        backwards.End = backwards.Start!.Value.AddDays(-1);
        var first = EngagementInput.From(engagement);
        first.HoursPerWeek = 3;
        var stale = EngagementInput.From(engagement);
        stale.HoursPerWeek = 2;

        var results = new[] { await service.UpdateAsync(zero, Ct), await service.UpdateAsync(backwards, Ct), await service.UpdateAsync(first, Ct), await service.UpdateAsync(stale, Ct) };

        Assert.Equal([ErrorKind.Invalid, ErrorKind.Invalid, (ErrorKind?)null, ErrorKind.Conflict], results.Select(r => r.Error?.Kind));
        Assert.Equal(3, (await service.GetAsync(Ct)).Value!.Engagements.Single(r => r.Engagement.Id == id).Engagement.HoursPerWeek.Value);
    }
}
