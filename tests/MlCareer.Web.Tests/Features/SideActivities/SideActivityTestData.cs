using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>The demo data the side-activity service tests start from, and their common steps.</summary>
internal static class SideActivityTestData
{
    public const string Ana = "ana@mlcareer.example";

    /// <summary>Ana's first window: next week for three weeks, resting on the churn project's training run.</summary>
    public static IsoWeek AnasWindow => MlCareerWebFactory.ThisWeek.AddWeeks(1);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SideActivity> ActivityAsync(AsUser user, string key)
    {
        await using var db = user.Db();
        return await db.SideActivities.AsNoTracking().SingleAsync(a => a.Key == key, Ct);
    }

    /// <summary>Taking <paramref name="key"/> on in Ana's first window with <paramref name="hours"/> a week over its three weeks.</summary>
    public static async Task<AcceptInput> AcceptInAnasWindowAsync(AsUser user, string key, double hours) => new()
    {
        SideActivityId = (await ActivityAsync(user, key)).Id,
        WindowStart = AnasWindow,
        HoursPerWeek = hours,
        Start = AnasWindow.Monday.ToDateTime(TimeOnly.MinValue),
        End = AnasWindow.AddWeeks(2).Sunday.ToDateTime(TimeOnly.MinValue),
    };

    public static async Task<int> EngagementCountAsync(AsUser user)
    {
        await using var db = user.Db();
        return await db.Engagements.CountAsync(Ct);
    }

    /// <summary>The churn project's training run under Ana's first window, as the demo plans it, with the input that adds it again.</summary>
    public static async Task<TrainingRun> ChurnTrainingRunAsync(AsUser user)
    {
        await using var db = user.Db();
        var project = await db.Projects.AsNoTracking().Include(p => p.Phases).ThenInclude(p => p.Periods)
            .SingleAsync(p => p.Name == "Customer churn prediction", Ct);
        var phase = project.Phases.Single(p => p.Kind == PhaseKind.ModelDevelopment);
        var run = phase.Periods.Single();
        return new TrainingRun(project.Id, phase.Id, run.Id, new PeriodInput
        {
            Label = run.Label, Start = run.Start.ToDateTime(TimeOnly.MinValue), End = run.End.ToDateTime(TimeOnly.MinValue), SharePercent = run.Share?.ToPercent(),
        });
    }
}

/// <summary>A period of a phase: where it is, and the input that adds it again.</summary>
internal sealed record TrainingRun(int ProjectId, int PhaseId, int Id, PeriodInput Input);
