using CsCheck;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>Projects, their template rows, phases, periods and assignments, as Ana (assigned to the churn project) edits them.</summary>
[Collection(BadInputApp.Name)]
public sealed class ProjectBadInputTests(SqliteApp app)
{
    private static readonly string[] ProjectTables = ["Projects", "Phases", "PhasePeriods", "Assignments"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Gen<ProjectInput> ValidProject => Gen.Select(Word, Day, Gen.Int[Allocation.MinPercent, Allocation.MaxPercent], (name, start, percent) =>
        new ProjectInput { Name = name, Description = "Plan " + name, StartDate = start, MyAllocationPercent = percent, Status = ProjectStatus.Planned });

    private static Gen<Bad<ProjectInput>> BadProject => Gen.OneOf(
        Gen.Select(ValidProject, Overlong(FieldLengths.Name), (p, s) => Mutate(p, "overlong name", nameof(p.Name), x => x.Name = s)),
        Gen.Select(ValidProject, ControlText(), (p, s) => Mutate(p, "control character in the name", nameof(p.Name), x => x.Name = s)),
        Gen.Select(ValidProject, Overlong(FieldLengths.Description), (p, s) => Mutate(p, "overlong description", nameof(p.Description), x => x.Description = s)),
        Gen.Select(ValidProject, ControlText(multiline: true), (p, s) => Mutate(p, "control character in the description", nameof(p.Description), x => x.Description = s)),
        Gen.Select(ValidProject, Unknown<ProjectStatus>(), (p, v) => Mutate(p, $"unknown status {(int)v}", nameof(p.Status), x => x.Status = v)),
        Gen.Select(ValidProject, DayOutOfBounds, (p, d) => Mutate(p, $"start {d:yyyy-MM-dd}", nameof(p.StartDate), x => x.StartDate = d)),
        Gen.Select(ValidProject, Outside(Allocation.MinPercent, Allocation.MaxPercent), (p, v) => Mutate(p, $"allocation {v}%", nameof(p.MyAllocationPercent), x => x.MyAllocationPercent = v)));

    private static Gen<Bad<PhaseDraftInput>> BadDraft => Gen.OneOf(
        Unknown<PhaseKind>().Select(k => new Bad<PhaseDraftInput>($"unknown kind {(int)k}", nameof(PhaseDraftInput.Kind), new() { Kind = k, Weeks = 2, SharePercent = 50 })),
        Outside(1, PhaseTemplate.MaxWeeks).Select(w => new Bad<PhaseDraftInput>($"{w} weeks", nameof(PhaseDraftInput.Weeks), new() { Kind = PhaseKind.DataLabeling, Weeks = w, SharePercent = 50 })),
        Outside(0, Share.MaxPercent).Select(s => new Bad<PhaseDraftInput>($"share {s}%", nameof(PhaseDraftInput.SharePercent), new() { Kind = PhaseKind.DataLabeling, Weeks = 2, SharePercent = s })));

    private static Gen<(DateTime Start, DateTime End)> Span => Gen.Select(Day, Gen.Int[0, 120], (start, days) => (start, start.AddDays(days)));

    private static Gen<PhaseInput> ValidPhase => Gen.Select(Span, Gen.Int[0, 100], Word, (span, share, notes) =>
        new PhaseInput { Kind = PhaseKind.Deployment, PlannedStart = span.Start, PlannedEnd = span.End, SharePercent = share, Notes = notes, IsTentative = true });

    private static Gen<Bad<PhaseInput>> BadPhase => Gen.OneOf(
        Gen.Select(ValidPhase, Unknown<PhaseKind>(), (p, k) => Mutate(p, $"unknown kind {(int)k}", nameof(p.Kind), x => x.Kind = k)),
        Gen.Select(ValidPhase, DayOutOfBounds, (p, d) => Mutate(p, $"planned start {d:yyyy-MM-dd}", nameof(p.PlannedStart), x => x.PlannedStart = d)),
        Gen.Select(ValidPhase, DayOutOfBounds, (p, d) => Mutate(p, $"planned end {d:yyyy-MM-dd}", nameof(p.PlannedEnd), x => x.PlannedEnd = d)),
        Gen.Select(ValidPhase, Gen.Int[1, 400], (p, d) => Mutate(p, $"planned end {d} days before its start", nameof(p.PlannedEnd), x => x.PlannedEnd = x.PlannedStart!.Value.AddDays(-d))),
        Gen.Select(ValidPhase, Gen.Int[1, 20], Gen.Int[1, 20], (p, ago, d) => Mutate(p, $"actual end {d} days before the actual start", nameof(p.ActualEnd), x =>
        {
            (x.PlannedStart, x.PlannedEnd, x.IsTentative) = (Today(-60), Today(60), false);
            (x.ActualStart, x.ActualEnd) = (Today(-ago), Today(-ago - d));
        })),
        Gen.Select(ValidPhase, Outside(0, Share.MaxPercent), (p, s) => Mutate(p, $"share {s}%", nameof(p.SharePercent), x => x.SharePercent = s)),
        Gen.Select(ValidPhase, Overlong(FieldLengths.Note), (p, s) => Mutate(p, "overlong notes", nameof(p.Notes), x => x.Notes = s)),
        Gen.Select(ValidPhase, ControlText(multiline: true), (p, s) => Mutate(p, "control character in the notes", nameof(p.Notes), x => x.Notes = s)));

    private static Gen<PeriodInput> ValidPeriod => Gen.Select(Word, Span, Gen.Int[0, 100], (label, span, share) =>
        new PeriodInput { Label = label, Start = span.Start, End = span.End, SharePercent = share });

    private static Gen<Bad<PeriodInput>> BadPeriod => Gen.OneOf(
        Gen.Select(ValidPeriod, Overlong(FieldLengths.ShortText), (p, s) => Mutate(p, "overlong label", nameof(p.Label), x => x.Label = s)),
        Gen.Select(ValidPeriod, ControlText(), (p, s) => Mutate(p, "control character in the label", nameof(p.Label), x => x.Label = s)),
        Gen.Select(ValidPeriod, DayOutOfBounds, (p, d) => Mutate(p, $"start {d:yyyy-MM-dd}", nameof(p.Start), x => x.Start = d)),
        Gen.Select(ValidPeriod, DayOutOfBounds, (p, d) => Mutate(p, $"end {d:yyyy-MM-dd}", nameof(p.End), x => x.End = d)),
        Gen.Select(ValidPeriod, Gen.Int[1, 400], (p, d) => Mutate(p, $"end {d} days before its start", nameof(p.End), x => x.End = x.Start!.Value.AddDays(-d))),
        Gen.Select(ValidPeriod, Outside(0, Share.MaxPercent), (p, s) => Mutate(p, $"share {s}%", nameof(p.SharePercent), x => x.SharePercent = s)));

    [Fact]
    public async Task CreateAndUpdateProject_BadField_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var projects = ana.Service<ProjectService>();
        var template = await projects.TemplateAsync(Ct);
        var churn = await ChurnAsync(ana);

        await Refusal.CheckAsync(app, BadProject, async p => await projects.CreateAsync(p, template, Ct), ProjectTables);
        await Refusal.CheckAsync(app, BadProject.Where(b => b.Field != nameof(ProjectInput.MyAllocationPercent)), async p =>
        {
            (p.Id, p.Version) = (churn.Id, churn.Version);
            return await projects.UpdateAsync(p, Ct);
        }, ProjectTables);
    }

    [Fact]
    public async Task CreateProject_BadTemplateRow_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var projects = ana.Service<ProjectService>();

        await Refusal.CheckAsync(app, BadDraft, async d => await projects.CreateAsync(ValidProject.Single(), [d], Ct), ProjectTables);
    }

    [Fact]
    public async Task SavePhaseAndAddPeriod_BadField_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var phases = ana.Service<PhaseService>();
        var churn = await ChurnAsync(ana);
        var phase = churn.Phases.First(p => p.Kind == PhaseKind.ModelDevelopment);

        await Refusal.CheckAsync(app, BadPhase, async p => await phases.SaveAsync(churn.Id, p, Ct), ProjectTables);
        await Refusal.CheckAsync(app, BadPhase, async p =>
        {
            (p.Id, p.Version) = (phase.Id, phase.Version);
            return await phases.SaveAsync(churn.Id, p, Ct);
        }, ProjectTables);
        await Refusal.CheckAsync(app, BadPeriod, async p => await phases.AddPeriodAsync(churn.Id, phase.Id, p, Ct), ProjectTables);
    }

    [Fact]
    public async Task SaveAssignment_AllocationOutOfRangeOrUnknownEngineer_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var assignments = ana.Service<AssignmentService>();
        var churn = await ChurnAsync(ana);
        var own = churn.Assignments.First(a => a.Name.StartsWith("Ana", StringComparison.Ordinal));
        var bad = Gen.OneOf(
            Outside(Allocation.MinPercent, Allocation.MaxPercent).Select(v =>
                new Bad<AssignmentInput>($"allocation {v}%", nameof(AssignmentInput.AllocationPercent), new() { EngineerId = own.EngineerId, AllocationPercent = v, Version = own.Version })),
            Gen.Int.Where(id => churn.Members.All(m => m.EngineerId != id)).Select(id =>
                new Bad<AssignmentInput>($"unknown engineer {id}", nameof(AssignmentInput.EngineerId), new() { EngineerId = id, AllocationPercent = 50 })));

        await Refusal.CheckAsync(app, bad, async a => await assignments.SaveAsync(churn.Id, a, Ct), ProjectTables);
    }

    private static DateTime Today(int days) => MlCareerWebFactory.Today.AddDays(days).ToDateTime(TimeOnly.MinValue);

    private static async Task<ProjectView> ChurnAsync(AsUser user)
    {
        var projects = user.Service<ProjectService>();
        var id = (await projects.ListAsync(mineOnly: true, cancellationToken: Ct)).Value!.Single(p => p.Name == BadInputApp.Churn).Id;
        return (await projects.GetAsync(id, Ct)).Value!;
    }
}
