using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Activities;
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
}
