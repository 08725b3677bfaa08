using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Hosting;
using MlCareer.Web.Tests.Infrastructure;
using MudBlazor;
using static MlCareer.Web.Tests.Features.SideActivities.SideActivityTestData;

namespace MlCareer.Web.Tests.Components;

/// <summary>The bell in the app bar, on the app's own services for a signed-in demo engineer. Its edits are put back.</summary>
public sealed class NotificationBellTests(SqliteApp app) : MudBunitContext, IClassFixture<SqliteApp>
{
    private IStringLocalizer Localizer => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public async Task PhaseEditOfTheSameTab_RemovesTheWindowUnderIt_TheBadgeCountsOneNoticeLessWithoutOpeningTheBell()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var tab = ana.Resolve<TabWrites>();
        var notifications = ana.Resolve<NotificationService>();
        var phases = ana.Service<PhaseService>();
        var run = await ChurnTrainingRunAsync(ana);
        var unread = (await notifications.GetAsync(Ct)).Value!.Unread;
        Services.AddSingleton(tab);
        Services.AddSingleton(notifications);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal(Expected(unread), Label(bell)));

        try
        {
            await tab.CreateInboundActivityHandler(_ => phases.RemovePeriodAsync(run.ProjectId, run.PhaseId, run.Id, Ct))(null!);

            var now = (await notifications.GetAsync(Ct)).Value!.Unread;
            Assert.Equal(unread - 1, now);
            bell.WaitForAssertion(() => Assert.Equal(Expected(now), Label(bell)));
        }
        finally
        {
            Assert.True((await phases.AddPeriodAsync(run.ProjectId, run.PhaseId, run.Input, Ct)).Succeeded);
        }
    }

    private string Expected(int unread) => unread > 0 ? Localizer["Notices.BellUnread", unread].Value : Localizer["Notices.Bell"].Value;

    private static string? Label(IRenderedComponent<NotificationBell> bell) => bell.Find("[data-testid=bell]").GetAttribute("aria-label");
}
