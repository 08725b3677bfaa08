using Microsoft.EntityFrameworkCore;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Features.SideActivities.SideActivityTestData;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>
/// What answering a suggestion reads: the input is checked before anything of the plan is read, and the context it
/// is checked against reads the engineer's own plan once, with the teammates' only for an activity done as a team.
/// </summary>
public abstract class AcceptCheckTests(AppFixture app)
{
    private const string Chen = "chen@mlcareer.example";

    [Fact]
    public async Task Accept_EndBeforeStart_RefusedOnTheEndBeforeAnyPlanOrCatalogIsRead()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var input = await AcceptInAnasWindowAsync(ana, "library-how-to", 4);
        input.End = input.Start!.Value.AddDays(-1);
        var service = ana.Service<SuggestionService>();

        app.Factory.Queries.Clear();
        var result = await service.AcceptAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(AcceptInput.End)), (result.Error?.Kind, result.Error?.Field));
        Assert.DoesNotContain(app.Factory.Queries.Commands, c => Reads(c, "Assignments") || Reads(c, "HourLogs") || Reads(c, "SideActivities"));
    }

    [Fact]
    public async Task Accept_AFittingChoice_ThePlanIsReadOnce()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var input = await AcceptInAnasWindowAsync(ana, "library-how-to", 4);
        var service = ana.Service<SuggestionService>();

        app.Factory.Queries.Clear();
        var result = await service.AcceptAsync(input, Ct);

        Assert.True(result.Succeeded);
        Assert.Single(app.Factory.Queries.Commands, c => Reads(c, "HourLogs"));
        Assert.Single(app.Factory.Queries.Commands, c => Reads(c, "Assignments"));
    }

    [Fact]
    public async Task LoadToCheck_AnActivityDoneAlone_NoTeammateIsReadWhileATeamActivityReadsThemAsThePagesDo()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, Chen);
        await using var db = chen.Db();
        var id = (await chen.CurrentUser.GetCallerAsync(db, Ct))!.EngineerId;
        var loader = chen.Resolve<SuggestionContextLoader>();
        var (article, competition) = ((await ActivityAsync(chen, "technical-article")).Id, (await ActivityAsync(chen, "team-ml-competition")).Id);

        var page = (await loader.LoadAsync(db, id, MlCareerWebFactory.Today, Ct))!;
        var alone = (await loader.LoadToCheckAsync(db, id, MlCareerWebFactory.Today, article, Ct))!;
        var together = (await loader.LoadToCheckAsync(db, id, MlCareerWebFactory.Today, competition, Ct))!;

        Assert.NotEmpty(page.Input.TeammateWindows);
        Assert.Empty(alone.Input.TeammateWindows);
        Assert.Empty(alone.TeammateEngagements);
        Assert.Equal(page.Input.TeammateWindows, together.Input.TeammateWindows);
        Assert.Equal(page.Input.Windows.Select(w => (w.Start, w.End)), alone.Input.Windows.Select(w => (w.Start, w.End)));
        Assert.Equal(page.Input.Weeks, alone.Input.Weeks);
    }

    /// <summary>Whether the SQL command reads the table, quoted as both providers quote it.</summary>
    private static bool Reads(string command, string table) => command.Contains($"\"{table}\"", StringComparison.Ordinal);
}
