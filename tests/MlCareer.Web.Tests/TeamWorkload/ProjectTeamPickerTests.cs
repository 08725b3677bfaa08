using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.TeamWorkload.TeamSetup;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>Which team a new project goes to: a lead or admin chooses, an engineer's goes to their own; checked on the server.</summary>
public abstract class ProjectTeamPickerTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_AdminChoosingAnotherTeam_GoesThere()
    {
        var other = await TeamAsync(app.Factory, "Chosen");
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);

        var result = await admin.Service<ProjectService>().CreateAsync(Input(other), Template(), Ct);

        Assert.Equal(other, await TeamOfAsync(admin, result.Value));
    }

    [Fact]
    public async Task Create_EngineerWithoutAChoice_GoesToTheirOwnTeam()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var choices = await ana.Service<TeamService>().GetChoicesAsync(Ct);

        var result = await ana.Service<ProjectService>().CreateAsync(Input(null), Template(), Ct);

        Assert.Empty(choices.Teams);
        await using var db = ana.Db();
        var own = await db.Engineers.Where(e => e.UserId == ana.UserId).Select(e => e.TeamId).SingleAsync(Ct);
        Assert.Equal(own, await TeamOfAsync(ana, result.Value));
    }

    [Theory]
    [InlineData(Ana)]
    [InlineData(Lead)]
    public async Task Create_EngineerOrLeadNamingAnotherTeam_ForbiddenAndNothingStored(string email)
    {
        var other = await TeamAsync(app.Factory, "Not mine");
        await using var user = await AsUser.SignInAsync(app.Factory, email);
        var input = Input(other);

        var result = await user.Service<ProjectService>().CreateAsync(input, Template(), Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        await using var db = user.Db();
        Assert.False(await db.Projects.AnyAsync(p => p.Name == input.Name, Ct));
    }

    [Fact]
    public async Task Create_ATeamThatIsGone_RefusedWithAMessage()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);

        var result = await admin.Service<ProjectService>().CreateAsync(Input(int.MaxValue), Template(), Ct);

        Assert.Equal(("Projects.TeamMissing", nameof(ProjectInput.TeamId)), (result.Error!.MessageKey, result.Error.Field));
    }

    [Fact]
    public async Task Choices_LeadOwnTeamOnly_AdminEveryTeamStartingFromTheirOwn()
    {
        await TeamAsync(app.Factory, "Listed");
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);

        var forLead = await lin.Service<TeamService>().GetChoicesAsync(Ct);
        var forAdmin = await admin.Service<TeamService>().GetChoicesAsync(Ct);

        Assert.Equal(["Vision & Forecasting"], forLead.Teams.Select(t => t.Name));
        Assert.Equal(forLead.Teams[0].Id, forLead.Default);
        Assert.True(forAdmin.Teams.Count >= 2);
        Assert.Equal(forLead.Teams[0].Id, forAdmin.Default);
    }

    private static ProjectInput Input(int? teamId) => new()
    {
        Name = $"Picked {Guid.NewGuid():N}"[..30],
        StartDate = MlCareerWebFactory.Today.ToDateTime(TimeOnly.MinValue),
        MyAllocationPercent = 20,
        TeamId = teamId,
    };

    private static IReadOnlyList<PhaseDraftInput> Template() => [new PhaseDraftInput { Kind = PhaseKind.ProblemUnderstanding, Weeks = 2, SharePercent = 50 }];

    private static async Task<int?> TeamOfAsync(AsUser user, int projectId)
    {
        await using var db = user.Db();
        return await db.Projects.Where(p => p.Id == projectId).Select(p => (int?)p.TeamId).SingleAsync(Ct);
    }
}
