using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

public abstract class WhatIfServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preview_ModelDevelopmentFourWeeksLater_AnasTrainingRunWindowMovesWithIt()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var (projectId, phaseId) = await ChurnModelDevelopmentAsync(ana);
        var now = MlCareerWebFactory.ThisWeek;

        var preview = (await ana.Service<WhatIfService>().PreviewAsync(projectId, phaseId, 4, Ct)).Value!;

        var mine = preview.Engineers.Single(e => e.Name == "Ana Souza");
        Assert.Contains(mine.Before, w => w.Start == now.AddWeeks(1) && w.End == now.AddWeeks(3));
        Assert.DoesNotContain(mine.After, w => w.Start == now.AddWeeks(1) && w.End == now.AddWeeks(3));
        Assert.Contains(mine.After, w => w.Start == now.AddWeeks(5) && w.Causes.Any(c => c.PeriodLabel == "Training run"));
        Assert.Equal(3, preview.Engineers.Count);
    }

    [Fact]
    public async Task Preview_NoShift_ChangesNothingAndStoresNothing()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var (projectId, phaseId) = await ChurnModelDevelopmentAsync(ana);

        var preview = (await ana.Service<WhatIfService>().PreviewAsync(projectId, phaseId, 0, Ct)).Value!;
        await ana.Service<WhatIfService>().PreviewAsync(projectId, phaseId, 8, Ct);

        Assert.All(preview.Engineers, e => Assert.Equal(e.Before.Select(w => (w.Start, w.End, w.Weeks)), e.After.Select(w => (w.Start, w.End, w.Weeks))));
        await using var db = ana.Db();
        var phase = await db.Phases.SingleAsync(p => p.Id == phaseId, Ct);
        Assert.Equal(preview.Start, phase.InForce(MlCareerWebFactory.Today).Start);
    }

    [Fact]
    public async Task Preview_ProjectOfAnotherTeam_IsNotFound()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        int projectId, phaseId;
        await using (var db = ana.Db())
        {
            var team = new Team { Name = $"Elsewhere {Guid.NewGuid():N}" };
            db.Teams.Add(team);
            await db.SaveChangesAsync(Ct);
            var phase = new Phase { Kind = PhaseKind.DataLabeling };
            phase.Plan(new DateOnly(2026, 12, 7), new DateOnly(2027, 1, 3));
            var project = new Project { TeamId = team.Id, Name = "Hidden" };
            project.AddPhase(phase);
            db.Projects.Add(project);
            await db.SaveChangesAsync(Ct);
            (projectId, phaseId) = (project.Id, phase.Id);
        }

        var result = await ana.Service<WhatIfService>().PreviewAsync(projectId, phaseId, 2, Ct);

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    [Fact]
    public async Task Preview_ShiftBeyondHalfAYear_IsInvalid()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var (projectId, phaseId) = await ChurnModelDevelopmentAsync(ana);

        var result = await ana.Service<WhatIfService>().PreviewAsync(projectId, phaseId, 27, Ct);

        Assert.Equal(ErrorKind.Invalid, result.Error!.Kind);
    }

    private static async Task<(int ProjectId, int PhaseId)> ChurnModelDevelopmentAsync(AsUser user)
    {
        await using var db = user.Db();
        var project = await db.Projects.Include(p => p.Phases).SingleAsync(p => p.Name == "Customer churn prediction", Ct);
        return (project.Id, project.Phases.Single(p => p.Kind == PhaseKind.ModelDevelopment).Id);
    }
}
