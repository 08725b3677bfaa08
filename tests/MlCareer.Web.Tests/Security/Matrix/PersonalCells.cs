using MlCareer.Core.Common;
using MlCareer.Web.Features.AccessTokens;
using MlCareer.Web.Features.Calendar;
using MlCareer.Web.Features.Home;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Preferences;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for a person's own things: timesheet and hours, workload, preferences, home, the bell, tokens and the calendar link.</summary>
public static class PersonalCells
{
    private static IsoWeek Week => MlCareerWebFactory.ThisWeek;

    private static CancellationToken Ct => Cell.Ct;

    public static IEnumerable<MethodCells> All()
    {
        var timesheet = new Rows<TimesheetService>();
        yield return timesheet.Now(nameof(TimesheetService.CurrentWeek), Public, (s, _) => s.CurrentWeek());
        yield return timesheet.Read(nameof(TimesheetService.GetWeekAsync), OwnData, (s, _) => s.GetWeekAsync(Week, Ct));
        yield return timesheet.Read(nameof(TimesheetService.CopyPreviousWeekAsync), OwnData, (s, _) => s.CopyPreviousWeekAsync(Week, Ct));
        // Hours on Self's project phase: only those on the project log there, and a lead never writes a member's hours.
        yield return timesheet.Write(nameof(TimesheetService.SaveWeekAsync), SelfOnly,
            (s, c) => s.SaveWeekAsync(c.Target<TimesheetInput>(), Ct), SelfsWeekAsync);

        var hours = new Rows<HourLogService>();
        yield return hours.Read(nameof(HourLogService.ListMineAsync), OwnData, (s, _) => s.ListMineAsync(Week.AddWeeks(-20), Week, Ct));
        yield return hours.Read(nameof(HourLogService.ListTeamAsync), OwnTeamLead, (s, _) => s.ListTeamAsync(Week.AddWeeks(-20), Week, Ct));

        var workload = new Rows<WorkloadService>();
        yield return workload.Now(nameof(WorkloadService.CurrentWeek), Public, (s, _) => s.CurrentWeek());
        yield return workload.Read(nameof(WorkloadService.GetMineAsync), OwnData, (s, _) => s.GetMineAsync(Ct));

        var preferences = new Rows<PreferencesService>();
        yield return preferences.Read(nameof(PreferencesService.GetDarkModeAsync), OwnData.Refusing(Outcome.Nothing), (s, _) => s.GetDarkModeAsync(Ct));
        yield return preferences.Write(nameof(PreferencesService.SetDarkModeAsync), OwnData, (s, _) => s.SetDarkModeAsync(true, Ct));
        yield return preferences.Read(nameof(PreferencesService.GetAsync), OwnData, (s, _) => s.GetAsync(Ct));
        yield return preferences.Write(nameof(PreferencesService.SaveAsync), OwnData, (s, c) => s.SaveAsync(c.Target<PreferencesInput>(), Ct), OwnPreferencesAsync);

        yield return new Rows<HomeService>().Read(nameof(HomeService.GetAsync), OwnData, (s, _) => s.GetAsync(Ct));

        var bell = new Rows<NotificationService>();
        yield return bell.Read(nameof(NotificationService.GetAsync), OwnData, (s, _) => s.GetAsync(Ct));
        // Keys name notices, not people: each caller marks its own; a refused caller sends Self's.
        yield return bell.Write(nameof(NotificationService.MarkReadAsync), OwnData, (s, c) => s.MarkReadAsync(c.Target<string[]>(), Ct), OwnNoticeKeysAsync);

        var tokens = new Rows<AccessTokenService>();
        yield return tokens.Read(nameof(AccessTokenService.ListMineAsync), OwnData, (s, _) => s.ListMineAsync(Ct), SelfsTokenAsync);
        yield return tokens.Write(nameof(AccessTokenService.CreateAsync), OwnData, (s, c) => s.CreateAsync(new TokenInput { Name = c.Unique("Matrix token") }, Ct));
        yield return tokens.Write(nameof(AccessTokenService.RevokeAsync), OwnerOnly, (s, c) => s.RevokeAsync(c.Target<int>(), Ct), SelfsTokenAsync);

        var feeds = new Rows<CalendarFeedService>();
        yield return feeds.Read(nameof(CalendarFeedService.GetMineAsync), OwnData, (s, _) => s.GetMineAsync(Ct));
        yield return feeds.Write(nameof(CalendarFeedService.CreateAsync), OwnData, (s, _) => s.CreateAsync(Ct));
        yield return feeds.Write(nameof(CalendarFeedService.RevokeAsync), OwnData, (s, _) => s.RevokeAsync(Ct));
        // The link's secret is the credential: whoever holds it reads the feed, signed in or not.
        yield return feeds.Read(nameof(CalendarFeedService.ReadAsync), Public, (s, c) => s.ReadAsync(c.Target<string>(), Ct), SelfsFeedAsync);
    }

    private static async Task<object?> SelfsWeekAsync(Cell cell)
    {
        var week = (await cell.Self.Resolve<TimesheetService>().GetWeekAsync(Week, Ct)).Value!;
        var row = week.Rows.Single(r => r.PhaseId == cell.World.ChurnPhaseId);
        return new TimesheetInput(Week, [new TimesheetRowInput(row.PhaseId, 3, row.Note, row.Version)]);
    }

    private static async Task<object?> OwnPreferencesAsync(Cell cell)
    {
        var owner = Access.IsRefusal(OwnData.Of(cell.Actor)) ? cell.Self : cell.Caller;
        return (await owner.Resolve<PreferencesService>().GetAsync(Ct)).Value!.Input;
    }

    private static async Task<object?> OwnNoticeKeysAsync(Cell cell)
    {
        var owner = Access.IsRefusal(OwnData.Of(cell.Actor)) ? cell.Self : cell.Caller;
        return (await owner.Resolve<NotificationService>().GetAsync(Ct)).Value!.Items.Select(n => n.Key).Take(1).ToArray();
    }

    private static async Task<object?> SelfsTokenAsync(Cell cell) =>
        (await cell.Self.Resolve<AccessTokenService>().CreateAsync(new TokenInput { Name = "Ana Souza's matrix token" }, Ct)).Value!.Row.Id;

    private static async Task<object?> SelfsFeedAsync(Cell cell) => (await cell.Self.Resolve<CalendarFeedService>().CreateAsync(Ct)).Value!;
}
