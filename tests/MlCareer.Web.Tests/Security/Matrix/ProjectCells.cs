using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for projects, their phases and periods, assignments and the what-if preview: reads aim at Self's churn project, writes at a fresh project of Self's.</summary>
public static class ProjectCells
{
    private static CancellationToken Ct => Cell.Ct;

    private static DateTime Today => MlCareerWebFactory.Today.ToDateTime(TimeOnly.MinValue);

    public static IEnumerable<MethodCells> All()
    {
        var projects = new Rows<ProjectService>();
        yield return projects.Read(nameof(ProjectService.ListAsync), OwnData, (s, _) => s.ListAsync(mineOnly: false, cancellationToken: Ct));
        yield return projects.Read(nameof(ProjectService.GetAsync), ProjectViewers, (s, c) => s.GetAsync(c.World.ChurnProjectId, Ct));
        yield return projects.Read(nameof(ProjectService.TemplateAsync), AnySignedIn.Refusing(Outcome.Nothing), (s, _) => s.TemplateAsync(Ct));
        yield return projects.Write(nameof(ProjectService.CreateAsync), TeamCreators, async (s, c) => await s.CreateAsync(
            new ProjectInput { Name = c.Unique("Matrix project"), TeamId = c.World.OwnTeamId, Status = ProjectStatus.OnHold, StartDate = Today, MyAllocationPercent = 10 },
            [new PhaseDraftInput { Kind = PhaseKind.ProblemUnderstanding, Weeks = 2, SharePercent = 50 }], Ct));
        yield return projects.Write(nameof(ProjectService.UpdateAsync), ProjectEditors, (s, c) => s.UpdateAsync(Scratch(c).Edit(), Ct), Arrange);
        yield return projects.Write(nameof(ProjectService.ArchiveAsync), ProjectEditors, (s, c) => s.ArchiveAsync(Scratch(c).Id, Scratch(c).Version, Ct), Arrange);
        yield return projects.Write(nameof(ProjectService.RestoreAsync), ProjectEditors, (s, c) => s.RestoreAsync(Scratch(c).Id, Scratch(c).Version, Ct), ArchivedAsync);
        yield return projects.Write(nameof(ProjectService.DeleteAsync), ProjectEditors, (s, c) => s.DeleteAsync(Scratch(c).Id, Scratch(c).Version, Ct), Arrange);

        var phases = new Rows<PhaseService>();
        yield return phases.Write(nameof(PhaseService.SaveAsync), ProjectEditors, (s, c) => s.SaveAsync(Scratch(c).Id, new PhaseInput
        {
            Kind = PhaseKind.DataLabeling,
            PlannedStart = Today,
            PlannedEnd = Today.AddDays(13),
        }, Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.RemoveAsync), ProjectEditors, (s, c) => s.RemoveAsync(Scratch(c).Id, Scratch(c).PhaseIds[^1], Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.MoveAsync), ProjectEditors, (s, c) => s.MoveAsync(Scratch(c).Id, Scratch(c).PhaseIds[1], -1, Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.StartAsync), ProjectEditors, (s, c) => s.StartAsync(Scratch(c).Id, Scratch(c).PhaseIds[0], Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.FinishAsync), ProjectEditors, (s, c) => s.FinishAsync(Scratch(c).Id, Scratch(c).PhaseIds[0], Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.AddPeriodAsync), ProjectEditors, (s, c) => s.AddPeriodAsync(Scratch(c).Id, Scratch(c).PhaseIds[0], Period(), Ct), Arrange);
        yield return phases.Write(nameof(PhaseService.RemovePeriodAsync), ProjectEditors, (s, c) => s.RemovePeriodAsync(Scratch(c).Id, Scratch(c).PhaseIds[0], c.Target<(ScratchProject, int)>().Item2, Ct), WithPeriodAsync);

        var assignments = new Rows<AssignmentService>();
        yield return assignments.Write(nameof(AssignmentService.SaveAsync), ProjectEditors, (s, c) => s.SaveAsync(Scratch(c).Id, new AssignmentInput { EngineerId = c.World.AssigneeEngineerId, AllocationPercent = 20 }, Ct), Arrange);
        yield return assignments.Write(nameof(AssignmentService.RemoveAsync), ProjectEditors, (s, c) => s.RemoveAsync(Scratch(c).Id, c.World.AssigneeEngineerId, c.Target<(ScratchProject, Guid)>().Item2, Ct), WithAssigneeAsync);

        yield return new Rows<WhatIfService>().Read(nameof(WhatIfService.PreviewAsync), ProjectViewers, (s, c) => s.PreviewAsync(c.World.ChurnProjectId, c.World.ChurnPhaseId, 1, Ct));
    }

    private static PeriodInput Period() => new() { Label = "Matrix run", Start = Today, End = Today.AddDays(1) };

    private static ScratchProject Scratch(Cell cell) => cell.Arranged switch
    {
        ScratchProject project => project,
        ValueTuple<ScratchProject, int> pair => pair.Item1,
        ValueTuple<ScratchProject, Guid> pair => pair.Item1,
        _ => throw new InvalidOperationException("No scratch project was arranged."),
    };

    private static async Task<object?> Arrange(Cell cell) => await ScratchProject.CreateAsync(cell);

    private static async Task<object?> ArchivedAsync(Cell cell)
    {
        var project = await ScratchProject.CreateAsync(cell);
        Assert.True((await cell.Self.Resolve<ProjectService>().ArchiveAsync(project.Id, project.Version, Ct)).Succeeded);
        return await ScratchProject.ReadAsync(cell, project.Id);
    }

    private static async Task<object?> WithPeriodAsync(Cell cell)
    {
        var project = await ScratchProject.CreateAsync(cell);
        Assert.True((await cell.Self.Resolve<PhaseService>().AddPeriodAsync(project.Id, project.PhaseIds[0], Period(), Ct)).Succeeded);
        await using var db = cell.Self.Db();
        var periodId = await db.Phases.Where(p => p.Id == project.PhaseIds[0]).SelectMany(p => p.Periods).Select(p => p.Id).SingleAsync(Ct);
        return (project, periodId);
    }

    private static async Task<object?> WithAssigneeAsync(Cell cell)
    {
        var project = await ScratchProject.CreateAsync(cell);
        var added = await cell.Self.Resolve<AssignmentService>().SaveAsync(project.Id, new AssignmentInput { EngineerId = cell.World.AssigneeEngineerId, AllocationPercent = 20 }, Ct);
        return (project, added.Value!.Version);
    }
}
