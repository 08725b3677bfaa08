using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Notifications;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Data;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Features.SideActivities.SideActivityTestData;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>The bell computed from the data, with read state kept per engineer. This class changes data: its own app.</summary>
public abstract class NotificationServiceTests(AppFixture app)
{
    [Fact]
    public async Task Get_Ana_NextWeeksWindowWithItsTopSuggestion()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);

        var notices = (await ana.Service<NotificationService>().GetAsync(Ct)).Value!;

        var window = Assert.Single(notices.Items, n => n.Kind == NoticeKind.WindowSoon);
        Assert.Equal(AnasWindow, window.Window!.Window.Start);
        Assert.Equal("technical-article", window.Window.Suggestions[0].Activity.Key);
    }

    [Fact]
    public async Task MarkRead_HerOwnNotice_StaysReadAndAnotherEngineersKeyIsNotFound()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var emma = await AsUser.SignInAsync(app.Factory, "emma@mlcareer.example");
        var service = ana.Service<NotificationService>();
        var key = (await service.GetAsync(Ct)).Value!.Items[0].Key;
        var emmasKey = (await emma.Service<NotificationService>().GetAsync(Ct)).Value!.Items.First(n => n.Key != key).Key;

        var read = await service.MarkReadAsync([key], Ct);
        var foreign = await service.MarkReadAsync([emmasKey], Ct);

        Assert.True(read.Succeeded);
        Assert.Equal(ErrorKind.NotFound, foreign.Error?.Kind);
        Assert.True((await service.GetAsync(Ct)).Value!.Items.Single(n => n.Key == key).IsRead);
        Assert.False((await emma.Service<NotificationService>().GetAsync(Ct)).Value!.Items.Single(n => n.Key == emmasKey).IsRead);
    }

    [Fact]
    public async Task Get_AfterAnaLookedATeammateTookOnACompetition_AnaIsInvitedWithTheSharedWeeks()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var before = (await ana.Service<NotificationService>().GetAsync(Ct)).Value!;
        Assert.DoesNotContain(before.Items, n => n.Kind == NoticeKind.TeamInvitation);
        var window = (await chen.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0];
        var competition = window.Suggestions.Suggestions.Single(s => s.Activity.Key == "team-ml-competition");

        var accepted = await chen.Service<SuggestionService>().AcceptAsync(new AcceptInput
        {
            SideActivityId = competition.Activity.Id, WindowStart = window.Window.Start, HoursPerWeek = competition.HoursPerWeek,
            Start = competition.Start.ToDateTime(TimeOnly.MinValue), End = competition.End.ToDateTime(TimeOnly.MinValue),
        }, Ct);

        try
        {
            Assert.True(accepted.Succeeded);
            var invitation = Assert.Single((await ana.Service<NotificationService>().GetAsync(Ct)).Value!.Items, n => n.Kind == NoticeKind.TeamInvitation).Invitation!;
            Assert.Equal(("Chen Jing", AnasWindow, AnasWindow.AddWeeks(2)), (invitation.Engagement.Name, invitation.From, invitation.To));
        }
        finally
        {
            // The competition fills Chen's first window: leave his suggestions as the demo seeds them for the tests after this one.
            await using var db = chen.Db();
            await db.Engagements.Where(e => e.Id == accepted.Value).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task SuggestionContexts_NoWriteBetweenTwoLooks_TheSecondIsTheHeldContextAndAWriteEndsIt()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var contexts = ana.Resolve<SuggestionContexts>();
        int engineerId;
        await using (var db = ana.Db())
        {
            engineerId = db.Engineers.Single(e => e.DisplayName == "Ana Souza").Id;
        }

        await using var read = ana.Db();
        var first = await contexts.GetAsync(read, engineerId, MlCareerWebFactory.Today, Ct);
        var second = await contexts.GetAsync(read, engineerId, MlCareerWebFactory.Today, Ct);
        await using (var write = ana.Db())
        {
            write.NoticeReads.Add(new MlCareer.Core.Notifications.NoticeRead { EngineerId = engineerId, Key = "held-context-test", ReadOn = MlCareerWebFactory.Today });
            await write.SaveChangesAsync(Ct);
        }

        var third = await contexts.GetAsync(read, engineerId, MlCareerWebFactory.Today, Ct);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.NotSame(first, third);
    }

    [Fact]
    public async Task Get_AfterSheRemovesTheTrainingRunUnderHerWindow_TheBellDropsTheWindowWithoutTheClockMoving()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var notifications = ana.Service<NotificationService>();
        var phases = ana.Service<PhaseService>();
        var run = await ChurnTrainingRunAsync(ana);
        var before = WindowStarts((await notifications.GetAsync(Ct)).Value!);

        try
        {
            var removed = await phases.RemovePeriodAsync(run.ProjectId, run.PhaseId, run.Id, Ct);

            Assert.True(removed.Succeeded);
            Assert.Contains(AnasWindow, before);
            Assert.DoesNotContain(AnasWindow, WindowStarts((await notifications.GetAsync(Ct)).Value!));
        }
        finally
        {
            Assert.True((await phases.AddPeriodAsync(run.ProjectId, run.PhaseId, run.Input, Ct)).Succeeded);
        }
    }

    [Fact]
    public async Task Suggestions_AfterADismissalWrittenByAnotherNode_ShowItOnceTheHeldContextIsOlderThanItsMaxAge()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var suggestions = chen.Service<SuggestionService>();
        var window = (await suggestions.GetAsync(Ct)).Value!.Windows.First(w => w.Suggestions.Suggestions.Count > 0);
        var activity = window.Suggestions.Suggestions[0].Activity;
        int chenId;
        await using (var db = chen.Db())
        {
            chenId = await db.Engineers.Where(e => e.UserId == chen.UserId).Select(e => e.Id).SingleAsync(Ct);
        }

        await using (var otherNode = OtherNodeDb())
        {
            otherNode.SuggestionDismissals.Add(SuggestionDismissal.Dismiss(chenId, activity.Id, window.Suggestions.Window, MlCareerWebFactory.Today));
            await otherNode.SaveChangesAsync(Ct);
        }

        try
        {
            var held = await suggestions.GetAsync(Ct);
            app.Factory.Clock.Advance(SuggestionContexts.MaxAge + TimeSpan.FromSeconds(1));
            var afterMaxAge = await suggestions.GetAsync(Ct);

            Assert.Contains(Suggested(held.Value!, window), s => s.Id == activity.Id);
            Assert.DoesNotContain(Suggested(afterMaxAge.Value!, window), s => s.Id == activity.Id);
        }
        finally
        {
            await using var db = chen.Db();
            await db.SuggestionDismissals.Where(d => d.EngineerId == chenId && d.SideActivityId == activity.Id).ExecuteDeleteAsync(Ct);
        }
    }

    private static IReadOnlyList<MlCareer.Core.Common.IsoWeek> WindowStarts(Notices notices) =>
        [.. notices.Items.Where(n => n.Kind == NoticeKind.WindowSoon).Select(n => n.Window!.Window.Start)];

    private static IEnumerable<MlCareer.Core.Activities.SideActivity> Suggested(SuggestionsView view, WindowView window) =>
        view.Windows.Where(w => w.Window.Start == window.Window.Start).SelectMany(w => w.Suggestions.Suggestions).Select(s => s.Activity);

    /// <summary>A context on the app's database that this node's interceptors do not see: a write as another node makes it.</summary>
    private MlCareerDbContext OtherNodeDb()
    {
        var options = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(options, app.Factory.Provider, app.Factory.ConnectionString);
        return new MlCareerDbContext(options.Options);
    }
}
