using MlCareer.Core.Common;
using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for side activities: engagements (aimed at one of Self's), suggestions and their answers, and the API's reads.</summary>
public static class ActivityCells
{
    private static CancellationToken Ct => Cell.Ct;

    private static IsoWeek Week => MlCareerWebFactory.ThisWeek;

    public static IEnumerable<MethodCells> All()
    {
        var activities = new Rows<ActivityService>();
        yield return activities.Read(nameof(ActivityService.GetAsync), OwnData, (s, _) => s.GetAsync(Ct));
        yield return activities.Write(nameof(ActivityService.UpdateAsync), OwnerOnly, (s, c) => s.UpdateAsync(EngagementInput.From(c.Target<Engagement>()), Ct), SelfsEngagementAsync);
        yield return activities.Write(nameof(ActivityService.StartAsync), OwnerOnly, (s, c) => s.StartAsync(c.Target<Engagement>().Id, c.Target<Engagement>().Version, Ct), SelfsEngagementAsync);
        yield return activities.Write(nameof(ActivityService.CompleteAsync), OwnerOnly, (s, c) => s.CompleteAsync(OutcomeInput.From(c.Target<Engagement>(), MlCareerWebFactory.Today), Ct), SelfsEngagementAsync);
        yield return activities.Write(nameof(ActivityService.DropAsync), OwnerOnly, (s, c) => s.DropAsync(c.Target<Engagement>().Id, c.Target<Engagement>().Version, Ct), SelfsEngagementAsync);

        var suggestions = new Rows<SuggestionService>();
        yield return suggestions.Read(nameof(SuggestionService.GetAsync), OwnData, (s, _) => s.GetAsync(Ct));
        yield return suggestions.Read(nameof(SuggestionService.GetHighlightsAsync), OwnData, (s, _) => s.GetHighlightsAsync(Ct));
        // Answers act on the caller's own windows only: each caller answers its own first suggestion; a refused one sends Self's.
        yield return suggestions.Write(nameof(SuggestionService.AcceptAsync), OwnData, async (s, c) => Undone(c, await s.AcceptAsync(Accept(c.Target<Answer>()), Ct)), OwnSuggestionAsync);
        yield return suggestions.Write(nameof(SuggestionService.DismissAsync), OwnData, (s, c) => s.DismissAsync(new DismissInput
        {
            SideActivityId = c.Target<Answer>().ActivityId,
            WindowStart = c.Target<Answer>().WindowStart,
        }, Ct), OwnSuggestionAsync);
        yield return suggestions.Write(nameof(SuggestionService.SnoozeAsync), OwnData, (s, c) => s.SnoozeAsync(new SnoozeInput
        {
            SideActivityId = c.Target<Answer>().ActivityId,
            WindowStart = c.Target<Answer>().WindowStart,
            Until = MlCareerWebFactory.Today.AddDays(14).ToDateTime(TimeOnly.MinValue),
        }, Ct), OwnSuggestionAsync);

        yield return new Rows<SuggestionReadService>().Read(nameof(SuggestionReadService.GetMineAsync), OwnData, (s, _) => s.GetMineAsync(Ct));

        var reads = new Rows<ActivityReadService>();
        yield return reads.Read(nameof(ActivityReadService.CatalogAsync), AnySignedIn, (s, _) => s.CatalogAsync(Ct));
        yield return reads.Read(nameof(ActivityReadService.MyEngagementsAsync), OwnData, (s, _) => s.MyEngagementsAsync(Ct));
        yield return reads.Read(nameof(ActivityReadService.TeamEngagementsAsync), OwnTeamLead, (s, _) => s.TeamEngagementsAsync(Ct));
    }

    private static AcceptInput Accept(Answer answer) => new()
    {
        SideActivityId = answer.ActivityId,
        WindowStart = answer.WindowStart,
        HoursPerWeek = answer.Suggestion?.HoursPerWeek ?? 2,
        Start = (answer.Suggestion?.Start ?? answer.WindowStart.Monday).ToDateTime(TimeOnly.MinValue),
        End = (answer.Suggestion?.End ?? answer.WindowStart.Sunday).ToDateTime(TimeOnly.MinValue),
    };

    /// <summary>Drops an engagement an allowed caller just accepted, so its window stays free for the other answers.</summary>
    private static Result<int> Undone(Cell cell, Result<int> accepted)
    {
        if (accepted.Succeeded)
        {
            using var db = cell.Self.Db();
            db.Engagements.Where(e => e.Id == accepted.Value).ExecuteDelete();
        }

        return accepted;
    }

    /// <summary>The caller's own first suggestion; a refused caller sends one of Self's, or a made-up one when Self has none left.</summary>
    private static async Task<object?> OwnSuggestionAsync(Cell cell)
    {
        var refused = IsRefusal(OwnData.Of(cell.Actor));
        var view = (await (refused ? cell.Self : cell.Caller).Resolve<SuggestionService>().GetAsync(Ct)).Value!;
        var window = view.Windows.FirstOrDefault(w => w.Suggestions.Suggestions.Count > 0);
        if (window is null)
        {
            Assert.True(refused, $"{cell.Actor} has no suggestion to answer.");
            await using var db = cell.Self.Db();
            return new Answer(await db.SideActivities.Select(a => a.Id).FirstAsync(Ct), Week.AddWeeks(1), null);
        }

        var suggestion = window.Suggestions.Suggestions[0];
        return new Answer(suggestion.Activity.Id, window.Window.Start, suggestion);
    }

    /// <summary>A planned article of Self's, weeks ago (so it leaves Self's windows ahead free), stored as accepting one would store it.</summary>
    private static async Task<object?> SelfsEngagementAsync(Cell cell)
    {
        await using var db = cell.Self.Db();
        var article = await db.SideActivities.SingleAsync(a => a.Key == "technical-article", Ct);
        var engagement = new Engagement { EngineerId = cell.World.SelfEngineerId, SideActivityId = article.Id };
        Assert.Null(engagement.TryPlan(4, Week.AddWeeks(-10).Monday, Week.AddWeeks(-8).Sunday));
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync(Ct);
        return engagement;
    }
}

/// <summary>What an answer to a suggestion names: the activity, the window, and the suggestion when there is one.</summary>
public sealed record Answer(int ActivityId, IsoWeek WindowStart, MlCareer.Core.Suggestions.Suggestion? Suggestion);
