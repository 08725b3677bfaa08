using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Engineers;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

public abstract class ProjectServiceTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";
    private const string Chen = "chen@mlcareer.example";
    private const string Lin = "lin@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Engineer_ProjectOfTheirTeamFromTheTemplateWithThemAssigned()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var projects = ana.Service<ProjectService>();
        var template = await projects.TemplateAsync(Ct);

        var created = await projects.CreateAsync(NewProject("Recommender", 60), template, Ct);

        Assert.True(created.Succeeded);
        var view = (await projects.GetAsync(created.Value, Ct)).Value!;
        Assert.Equal(Enum.GetValues<PhaseKind>(), view.Phases.Select(p => p.Kind));
        Assert.Equal("Vision & Forecasting", view.TeamName);
        Assert.Equal(60, Assert.Single(view.Assignments).AllocationPercent);
        Assert.True(view.CanEdit);
    }

    [Fact]
    public async Task Create_NameTooLongOrMissingStart_IsRefusedAndStoresNothing()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var projects = ana.Service<ProjectService>();
        var before = await CountProjectsAsync(ana);

        var tooLong = await projects.CreateAsync(NewProject(new string('x', 121), 50), [], Ct);
        var noStart = await projects.CreateAsync(new ProjectInput { Name = "No start", StartDate = null }, [], Ct);
        var badShare = await projects.CreateAsync(NewProject("Bad share", 50), [new PhaseDraftInput { Kind = PhaseKind.DataLabeling, Weeks = 2, SharePercent = 140 }], Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(ProjectInput.Name)), (tooLong.Error!.Kind, tooLong.Error.Field));
        Assert.Equal(nameof(ProjectInput.StartDate), noStart.Error!.Field);
        Assert.Equal(nameof(PhaseDraftInput.SharePercent), badShare.Error!.Field);
        Assert.Equal(before, await CountProjectsAsync(ana));
    }

    [Fact]
    public async Task Update_TeamMemberNotAssignedAndNotLead_IsForbidden()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, Chen);
        var churn = await ProjectIdAsync(chen, "Customer churn prediction");
        var view = (await chen.Service<ProjectService>().GetAsync(churn, Ct)).Value!;

        var result = await chen.Service<ProjectService>().UpdateAsync(EditOf(view, "Hijacked"), Ct);
        var phase = await chen.Service<PhaseService>().StartAsync(churn, view.Phases[^1].Id, Ct);

        Assert.False(view.CanEdit);
        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, phase.Error!.Kind);
        Assert.Equal("Customer churn prediction", (await chen.Service<ProjectService>().GetAsync(churn, Ct)).Value!.Name);
    }

    [Fact]
    public async Task Update_TeamLeadNotAssigned_IsAllowed()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lin);
        var ocr = await ProjectIdAsync(lin, "Invoice document OCR");
        var view = (await lin.Service<ProjectService>().GetAsync(ocr, Ct)).Value!;

        var result = await lin.Service<ProjectService>().UpdateAsync(EditOf(view, view.Name, "Scanned invoices from 40 suppliers."), Ct);

        Assert.True(result.Succeeded);
        Assert.Equal("Scanned invoices from 40 suppliers.", (await lin.Service<ProjectService>().GetAsync(ocr, Ct)).Value!.Description);
    }

    [Fact]
    public async Task AnyChange_ProjectOfAnotherTeam_IsForbiddenAndInvisible()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var otherId = await CreateOtherTeamProjectAsync(ana);

        var get = await ana.Service<ProjectService>().GetAsync(otherId, Ct);
        var phase = await ana.Service<PhaseService>().SaveAsync(otherId, ValidPhase(), Ct);
        var assign = await ana.Service<AssignmentService>().SaveAsync(otherId, new AssignmentInput { EngineerId = 1, AllocationPercent = 50 }, Ct);
        var list = await ana.Service<ProjectService>().ListAsync(mineOnly: false, cancellationToken: Ct);

        Assert.Equal(ErrorKind.NotFound, get.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, phase.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, assign.Error!.Kind);
        Assert.DoesNotContain(list.Value!, p => p.Id == otherId);
    }

    [Fact]
    public async Task Update_StaleVersion_IsAConflictAndKeepsTheOtherEdit()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var projects = ana.Service<ProjectService>();
        var id = (await projects.CreateAsync(NewProject("Conflicted", 20), [], Ct)).Value;
        var opened = (await projects.GetAsync(id, Ct)).Value!;

        var first = await projects.UpdateAsync(EditOf(opened, "First"), Ct);
        var second = await projects.UpdateAsync(EditOf(opened, "Second"), Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(ErrorKind.Conflict, second.Error!.Kind);
        Assert.Equal("First", (await projects.GetAsync(id, Ct)).Value!.Name);
    }

    [Fact]
    public async Task SavePhase_EndBeforeStart_IsInvalidOnTheEndField()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var id = (await ana.Service<ProjectService>().CreateAsync(NewProject("Dates", 20), [], Ct)).Value;
        var input = ValidPhase();
        input.PlannedEnd = input.PlannedStart!.Value.AddDays(-1);

        var result = await ana.Service<PhaseService>().SaveAsync(id, input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(PhaseInput.PlannedEnd)), (result.Error!.Kind, result.Error.Field));
        Assert.Empty((await ana.Service<ProjectService>().GetAsync(id, Ct)).Value!.Phases);
    }

    [Fact]
    public async Task AddPeriod_InsideThePhase_IsStoredAndOutsideIsRefused()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var id = (await ana.Service<ProjectService>().CreateAsync(NewProject("Periods", 20), [], Ct)).Value;
        var phaseInput = ValidPhase();
        await ana.Service<PhaseService>().SaveAsync(id, phaseInput, Ct);
        var phase = (await ana.Service<ProjectService>().GetAsync(id, Ct)).Value!.Phases.Single();
        var start = phaseInput.PlannedStart!.Value;

        var inside = await ana.Service<PhaseService>().AddPeriodAsync(id, phase.Id, new PeriodInput { Label = "Training run", Start = start.AddDays(7), End = start.AddDays(20) }, Ct);
        var outside = await ana.Service<PhaseService>().AddPeriodAsync(id, phase.Id, new PeriodInput { Label = "Late", Start = start.AddDays(7), End = start.AddDays(400), SharePercent = 15 }, Ct);
        var overlapping = await ana.Service<PhaseService>().AddPeriodAsync(id, phase.Id, new PeriodInput { Label = "Rerun", Start = start.AddDays(20), End = start.AddDays(25), SharePercent = 20 }, Ct);

        Assert.True(inside.Succeeded);
        Assert.Equal((ErrorKind.Invalid, "Rules.PeriodOutsidePhase"), (outside.Error!.Kind, outside.Error.MessageKey));
        Assert.Equal((ErrorKind.Invalid, "Rules.PeriodsOverlap"), (overlapping.Error!.Kind, overlapping.Error.MessageKey));
        var period = Assert.Single((await ana.Service<ProjectService>().GetAsync(id, Ct)).Value!.Phases.Single().Periods);
        Assert.Equal(("Training run", (Share?)null), (period.Label, period.Share));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(101)]
    public async Task SaveAssignment_AllocationOutsideFiveToHundred_IsInvalid(int percent)
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var id = (await ana.Service<ProjectService>().CreateAsync(NewProject($"Alloc {percent}", 20), [], Ct)).Value;
        var me = await EngineerIdAsync(ana, Ana);

        var result = await ana.Service<AssignmentService>().SaveAsync(id, new AssignmentInput { EngineerId = me, AllocationPercent = percent }, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(AssignmentInput.AllocationPercent)), (result.Error!.Kind, result.Error.Field));
        Assert.Equal(20, (await ana.Service<ProjectService>().GetAsync(id, Ct)).Value!.Assignments.Single().AllocationPercent);
    }

    [Fact]
    public async Task SaveAssignment_PastHundredPercentOverall_IsSavedWithAWarning()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lin);
        var fraud = await ProjectIdAsync(lin, "Payment fraud detection");
        var dmitri = await EngineerIdAsync(lin, "dmitri@mlcareer.example");
        var shown = (await lin.Service<ProjectService>().GetAsync(fraud, Ct)).Value!.Assignments.Single(a => a.EngineerId == dmitri);

        var result = await lin.Service<AssignmentService>().SaveAsync(fraud, new AssignmentInput { EngineerId = dmitri, AllocationPercent = 80, Version = shown.Version }, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal((80, 130, true), (result.Value!.AllocationPercent, result.Value.TotalPercent, result.Value.IsOverAllocated));
    }

    [Fact]
    public async Task SaveAssignment_TwoLeadsChangeOneAllocationFromTheSameForm_SecondIsAConflictAndTheFirstStays()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lin);
        var ocr = await ProjectIdAsync(lin, "Invoice document OCR");
        var chen = await EngineerIdAsync(lin, "chen@mlcareer.example");
        var shown = (await lin.Service<ProjectService>().GetAsync(ocr, Ct)).Value!.Assignments.Single(a => a.EngineerId == chen);

        var first = await lin.Service<AssignmentService>().SaveAsync(ocr, new AssignmentInput { EngineerId = chen, AllocationPercent = 65, Version = shown.Version }, Ct);
        var second = await lin.Service<AssignmentService>().SaveAsync(ocr, new AssignmentInput { EngineerId = chen, AllocationPercent = 75, Version = shown.Version }, Ct);
        var addedTwice = await lin.Service<AssignmentService>().SaveAsync(ocr, new AssignmentInput { EngineerId = chen, AllocationPercent = 10 }, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(ErrorKind.Conflict, second.Error!.Kind);
        Assert.Equal(ErrorKind.Conflict, addedTwice.Error!.Kind);
        Assert.Equal(65, (await lin.Service<ProjectService>().GetAsync(ocr, Ct)).Value!.Assignments.Single(a => a.EngineerId == chen).AllocationPercent);
    }

    private static ProjectInput NewProject(string name, int allocation) =>
        new() { Name = name, StartDate = new DateTime(2026, 12, 7), Status = ProjectStatus.Planned, MyAllocationPercent = allocation };

    private static ProjectInput EditOf(ProjectView view, string name, string? description = null) => new()
    {
        Id = view.Id, Version = view.Version, Name = name, Description = description ?? view.Description, Status = view.Status,
        StartDate = view.StartDate.ToDateTime(TimeOnly.MinValue),
    };

    private static PhaseInput ValidPhase() => new()
    {
        Kind = PhaseKind.ModelDevelopment, PlannedStart = new DateTime(2026, 12, 7), PlannedEnd = new DateTime(2027, 1, 31),
    };

    private static async Task<int> ProjectIdAsync(AsUser user, string name)
    {
        await using var db = user.Db();
        return await db.Projects.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(Ct);
    }

    private static async Task<int> EngineerIdAsync(AsUser user, string email)
    {
        await using var db = user.Db();
        return await db.Engineers.Where(e => db.Users.Any(u => u.Id == e.UserId && u.Email == email)).Select(e => e.Id).SingleAsync(Ct);
    }

    private static async Task<int> CountProjectsAsync(AsUser user)
    {
        await using var db = user.Db();
        return await db.Projects.CountAsync(Ct);
    }

    private static async Task<int> CreateOtherTeamProjectAsync(AsUser user)
    {
        await using var db = user.Db();
        var team = new Team { Name = $"Other {Guid.NewGuid():N}" };
        db.Teams.Add(team);
        await db.SaveChangesAsync(Ct);
        var project = new Project { TeamId = team.Id, Name = "Secret" };
        project.TrySetStartDate(new DateOnly(2026, 12, 7));
        db.Projects.Add(project);
        await db.SaveChangesAsync(Ct);
        return project.Id;
    }
}
