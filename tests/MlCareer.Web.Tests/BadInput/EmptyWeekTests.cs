using MlCareer.Core.Common;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>
/// A crafted circuit call can send the week no form can: <c>default(IsoWeek)</c>, year 0 week 0. It is refused
/// as a missing week, never read as a date (which throws) and never stored.
/// </summary>
[Collection(BadInputApp.Name)]
public sealed class EmptyWeekTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveWeek_NoWeek_RefusedAsMissingAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var timesheet = ana.Service<TimesheetService>();
        var row = (await timesheet.GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Value!.Rows[0];
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection(app.Factory.ConnectionString);
        await db.OpenAsync(Ct);
        var before = await Refusal.SnapshotAsync(db, ["HourLogs"]);

        var result = await timesheet.SaveWeekAsync(new TimesheetInput(default, [new(row.PhaseId, 3, null, row.Version)]), Ct);

        Refusal.IsRefused(result, nameof(TimesheetInput.Week), "no week");
        Assert.Equal(before, await Refusal.SnapshotAsync(db, ["HourLogs"]));
    }

    [Fact]
    public async Task ReadWeekOrHourLogs_NoWeek_RefusedAsMissing()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);

        var week = await ana.Service<TimesheetService>().GetWeekAsync(default, Ct);
        var copied = await ana.Service<TimesheetService>().CopyPreviousWeekAsync(default, Ct);
        var logs = await ana.Service<HourLogService>().ListMineAsync(default, MlCareerWebFactory.ThisWeek, Ct);

        Refusal.IsRefused(week, nameof(TimesheetInput.Week), "no week to read");
        Refusal.IsRefused(copied, nameof(TimesheetInput.Week), "no week to copy into");
        Refusal.IsRefused(logs, "from", "no first week");
    }

    [Fact]
    public async Task AcceptOrSnooze_NoWindowWeek_RefusedAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var suggestions = ana.Service<SuggestionService>();
        var window = (await suggestions.GetAsync(Ct)).Value!.Windows.First(w => w.Suggestions.Suggestions.Count > 0);
        var activityId = window.Suggestions.Suggestions[0].Activity.Id;
        var start = window.Suggestions.Window.Start.Monday.ToDateTime(TimeOnly.MinValue);
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection(app.Factory.ConnectionString);
        await db.OpenAsync(Ct);
        string[] tables = ["Engagements", "SuggestionDismissals"];
        var before = await Refusal.SnapshotAsync(db, tables);

        var accepted = await suggestions.AcceptAsync(new AcceptInput { SideActivityId = activityId, HoursPerWeek = 4, Start = start, End = start.AddDays(13) }, Ct);
        var snoozed = await suggestions.SnoozeAsync(new SnoozeInput { SideActivityId = activityId, Until = start.AddDays(7) }, Ct);
        var dismissed = await suggestions.DismissAsync(new DismissInput { SideActivityId = activityId, NotThisKind = false }, Ct);

        Assert.All([accepted, snoozed, dismissed], r => Assert.Contains(r.Error?.Kind, new ErrorKind?[] { ErrorKind.Invalid, ErrorKind.NotFound }));
        Assert.Equal(before, await Refusal.SnapshotAsync(db, tables));
    }
}
