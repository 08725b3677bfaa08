using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Catalog;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Features.SideActivities.SideActivityTestData;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>
/// Suggestions and the answers to them, called as a crafted circuit call would: accepting re-runs the engine's
/// hard filters, so nothing archived, disliked or unfitting is taken on. This class changes data: its own app.
/// </summary>
public abstract class SuggestionServiceTests(AppFixture app)
{
    [Fact]
    public async Task Get_Ana_HerWindowsWithExplainedSuggestionsAndDailyLearning()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);

        var view = (await ana.Service<SuggestionService>().GetAsync(Ct)).Value!;

        var first = view.Windows[0];
        Assert.Equal(AnasWindow, first.Window.Start);
        Assert.Equal("technical-article", first.Suggestions.Suggestions[0].Activity.Key);
        Assert.Contains(first.Suggestions.Suggestions, s => s.IsStanding && s.Activity.Key == "daily-learning");
        Assert.DoesNotContain(view.Windows.SelectMany(w => w.Suggestions.Suggestions), s => s.Activity.Kind == ActivityKind.Freelancing);
    }

    [Fact]
    public async Task Accept_AFittingChoice_PlannedEngagementThatCountsOnMyWorkloadAtOnce()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var before = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!.NextWindow!;
        var input = await AcceptInAnasWindowAsync(ana, "library-how-to", 4);

        var result = await ana.Service<SuggestionService>().AcceptAsync(input, Ct);
        var again = await ana.Service<SuggestionService>().AcceptAsync(input, Ct);

        Assert.True(result.Succeeded);
        var after = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!.NextWindow!;
        Assert.Equal(before.MinFreeHours - 4, after.MinFreeHours, 6);
        await using var db = ana.Db();
        var engagement = await db.Engagements.AsNoTracking().SingleAsync(e => e.Id == result.Value, Ct);
        Assert.Equal((EngagementStatus.Planned, 4.0, AnasWindow.Monday), (engagement.Status, engagement.HoursPerWeek.Value, engagement.Start));
        Assert.Equal("Suggestions.TakenOn", again.Error?.MessageKey);
    }

    [Fact]
    public async Task Accept_AnArchivedActivity_RefusedAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, "admin@mlcareer.example");
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var talk = await ActivityAsync(admin, "conference-talk");
        Assert.True((await admin.Service<CatalogService>().ArchiveAsync(talk.Id, talk.Version, Ct)).Succeeded);
        var window = (await chen.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0].Window;
        var count = await EngagementCountAsync(chen);

        var result = await chen.Service<SuggestionService>().AcceptAsync(new AcceptInput
        {
            SideActivityId = talk.Id, WindowStart = window.Start, HoursPerWeek = 3,
            Start = window.Start.Monday.ToDateTime(TimeOnly.MinValue), End = window.End.Sunday.ToDateTime(TimeOnly.MinValue),
        }, Ct);

        Assert.Equal("Suggestions.Filter.Archived", result.Error?.MessageKey);
        Assert.Equal(count, await EngagementCountAsync(chen));
    }

    [Theory]
    [InlineData("technical-article", 12, "Suggestions.Filter.HoursOutsideRange", nameof(AcceptInput.HoursPerWeek))]
    [InlineData("mentoring-cohort", 10, "Suggestions.Filter.WindowTooShort", nameof(AcceptInput.Start))]
    [InlineData("freelance-other-industry", 8, "Suggestions.Filter.DislikedKind", null)]
    [InlineData("technical-article", 200, "Errors.Text", nameof(AcceptInput.HoursPerWeek))]
    public async Task Accept_AChoiceTheFiltersRefuse_InvalidAndNothingStored(string key, double hours, string message, string? field)
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var input = await AcceptInAnasWindowAsync(ana, key, hours);
        var count = await EngagementCountAsync(ana);

        var result = await ana.Service<SuggestionService>().AcceptAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, message, field), (result.Error?.Kind, result.Error?.MessageKey, result.Error?.Field));
        Assert.Equal(count, await EngagementCountAsync(ana));
    }

    [Fact]
    public async Task Accept_MoreThanTheBudgetLeft_InvalidOnTheHours()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var window = (await chen.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0].Window;
        var freelance = await ActivityAsync(chen, "freelance-other-industry");

        var result = await chen.Service<SuggestionService>().AcceptAsync(new AcceptInput
        {
            SideActivityId = freelance.Id, WindowStart = window.Start, HoursPerWeek = 12,
            Start = window.Start.Monday.ToDateTime(TimeOnly.MinValue), End = window.Start.AddWeeks(5).Sunday.ToDateTime(TimeOnly.MinValue),
        }, Ct);

        Assert.Equal(("Suggestions.Filter.OverBudget", nameof(AcceptInput.HoursPerWeek)), (result.Error?.MessageKey, result.Error?.Field));
    }

    [Fact]
    public async Task Accept_AWindowThatIsNotHers_Refused()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var input = await AcceptInAnasWindowAsync(ana, "technical-article", 4);
        input.WindowStart = AnasWindow.AddWeeks(4);

        var result = await ana.Service<SuggestionService>().AcceptAsync(input, Ct);

        Assert.Equal("Suggestions.Filter.NoSuchWindow", result.Error?.MessageKey);
    }

    [Fact]
    public async Task Dismiss_NotThisKind_TheKindBecomesADislikeAndLeavesEveryWindow()
    {
        await using var emma = await AsUser.SignInAsync(app.Factory, "emma@mlcareer.example");
        var service = emma.Service<SuggestionService>();
        var window = (await service.GetAsync(Ct)).Value!.Windows[0];
        var tutoring = window.Suggestions.Suggestions.Single(s => s.Activity.Key == "one-to-one-tutoring").Activity;

        var result = await service.DismissAsync(new DismissInput { SideActivityId = tutoring.Id, WindowStart = window.Window.Start, NotThisKind = true }, Ct);

        Assert.True(result.Succeeded);
        var after = (await service.GetAsync(Ct)).Value!.Windows.SelectMany(w => w.Suggestions.Suggestions);
        Assert.DoesNotContain(after, s => s.Activity.Kind == ActivityKind.Mentoring);
        await using var db = emma.Db();
        Assert.Contains(ActivityKind.Mentoring, (await db.Engineers.AsNoTracking().SingleAsync(e => e.DisplayName == "Emma Laurent", Ct)).Dislikes);
    }

    [Fact]
    public async Task Snooze_TodayRefused_NextMonthLeavesItOutOfEveryWindow()
    {
        await using var dmitri = await AsUser.SignInAsync(app.Factory, "dmitri@mlcareer.example");
        var service = dmitri.Service<SuggestionService>();
        var window = (await service.GetAsync(Ct)).Value!.Windows[0];
        var openSource = window.Suggestions.Suggestions.Single(s => s.Activity.Key == "open-source-contribution").Activity;
        var input = new SnoozeInput { SideActivityId = openSource.Id, WindowStart = window.Window.Start, Until = MlCareerWebFactory.Today.ToDateTime(TimeOnly.MinValue) };

        var today = await service.SnoozeAsync(input, Ct);
        input.Until = MlCareerWebFactory.Today.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        var nextMonth = await service.SnoozeAsync(input, Ct);

        Assert.Equal(("Rules.NotAfterToday", nameof(SnoozeInput.Until)), (today.Error?.MessageKey, today.Error?.Field));
        Assert.True(nextMonth.Succeeded);
        Assert.DoesNotContain((await service.GetAsync(Ct)).Value!.Windows.SelectMany(w => w.Suggestions.Suggestions), s => s.Activity.Id == openSource.Id);
    }

    [Fact]
    public async Task Dismiss_AnUnknownActivity_NotFound()
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, "ben@mlcareer.example");
        var window = (await ben.Service<SuggestionService>().GetAsync(Ct)).Value!.Windows[0];

        var result = await ben.Service<SuggestionService>().DismissAsync(new DismissInput { SideActivityId = 9999, WindowStart = window.Window.Start }, Ct);

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
    }
}
