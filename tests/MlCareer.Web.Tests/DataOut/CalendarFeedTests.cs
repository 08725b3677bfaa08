using System.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Features.Calendar;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.DataOut;

/// <summary>The private calendar link: a calendar client reads it (Ical.Net parses it back), and a revoked or replaced link is 404.</summary>
public abstract class CalendarFeedTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";
    private const string Ben = "ben@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_ParsedByIcalNet_HasTheWindowsAsAllDayEventsWithFreeHoursAndCauses()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var secret = (await ana.Service<CalendarFeedService>().CreateAsync(Ct)).Value!;
        var windows = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!.Workload.Windows;

        var response = await Anonymous().GetAsync(CalendarFeedService.PathFor(secret), Ct);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var events = calendar.Events.OrderBy(e => e.Start!.Date).ToList();
        Assert.Equal(windows.Count, events.Count);
        var first = events[0];
        Assert.False(first.Start!.HasTime);
        Assert.Equal(windows[0].Start.Monday, first.Start.Date);
        Assert.Equal(windows[0].End.Sunday.AddDays(1), first.End!.Date);
        Assert.StartsWith("Low-involvement window: about ", first.Summary, StringComparison.Ordinal);
        Assert.Contains("Invoice document OCR", first.Description, StringComparison.Ordinal);
        Assert.Contains("Confidence", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_HoldsTheEngagementsAndNothingElse()
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, Ben);
        var secret = (await ben.Service<CalendarFeedService>().CreateAsync(Ct)).Value!;

        var text = await Anonymous().GetStringAsync(CalendarFeedService.PathFor(secret), Ct);
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Contains(calendar.Events, e => e.Summary == "Write a technical article on your experiments (done)");
        Assert.All(calendar.Events, e => Assert.True(e.Uid!.StartsWith("window-", StringComparison.Ordinal) || e.Uid.StartsWith("engagement-", StringComparison.Ordinal)));
        Assert.DoesNotContain("ben@mlcareer.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Retail demand forecasting", calendar.Events.Where(e => e.Uid!.StartsWith("engagement-", StringComparison.Ordinal)).Select(e => e.Description ?? ""));
    }

    [Fact]
    public async Task Feed_RevokedRegeneratedOrUnknown_Is404()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var feeds = ana.Service<CalendarFeedService>();
        var first = (await feeds.CreateAsync(Ct)).Value!;
        var second = (await feeds.CreateAsync(Ct)).Value!;
        var client = Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedService.PathFor(first), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CalendarFeedService.PathFor(second), Ct)).StatusCode);
        Assert.True((await feeds.RevokeAsync(Ct)).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedService.PathFor(second), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/calendar/cal_unknown.ics", Ct)).StatusCode);
        Assert.False((await feeds.GetMineAsync(Ct)).Value!.Exists);
    }

    [Fact]
    public async Task Feed_StoresOnlyAHashOfTheSecret()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var secret = (await ana.Service<CalendarFeedService>().CreateAsync(Ct)).Value!;

        await using var db = ana.Db();
        var stored = db.CalendarFeeds.Single(f => f.UserId == ana.UserId);

        Assert.NotEqual(secret, stored.Hash);
        Assert.DoesNotContain(secret, stored.Hash, StringComparison.Ordinal);
        Assert.Equal(64, stored.Hash.Length);
    }

    private HttpClient Anonymous() => app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
