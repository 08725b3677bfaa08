using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>
/// Worked examples of what an engineer's answers keep out of the suggestions: a dismissal (its window and
/// any window sharing a week with it), a snooze (every window until its day), and an engagement already
/// taken on. Now is 2026-W48, today Wednesday 25 Nov 2026.
/// </summary>
public class FeedbackTests
{
    private static readonly DateOnly Today = Now.Monday.AddDays(2);

    private static SideActivity Numbered(int id, string key, ActivityKind kind, double min = 2, double max = 4)
    {
        var activity = Activity(key, kind, min, max);
        activity.Id = id;
        return activity;
    }

    private static SuggestionWindow Window(int from, int weeks) => new(Week(from), Week(from + weeks - 1), 20, 20, [], 0.9);

    [Fact]
    public void Suggest_DismissedInAWindow_LeftOutThereAndInAnOverlappingWindowButNotInALaterOne()
    {
        var talk = Numbered(1, "talk", ActivityKind.Speaking);
        var dismissal = SuggestionDismissal.Dismiss(1, talk.Id, Window(2, 3), Today);
        var builder = new SuggestionBuilder().Window(3, 3).Window(10, 3).Hide(dismissal.HiddenAsOf(Today)!);

        var windows = builder.Suggest(talk);

        Assert.Empty(windows[0].Suggestions);
        Assert.Equal("talk", Assert.Single(windows[1].Suggestions).Activity.Key);
    }

    [Fact]
    public void Suggest_Snoozed_LeftOutOfEveryWindowUntilItsDayThenBack()
    {
        var talk = Numbered(1, "talk", ActivityKind.Speaking);
        var snooze = SuggestionDismissal.TrySnooze(1, talk.Id, Window(2, 3), Today.AddDays(14), Today, "Until", out _)!;

        var during = new SuggestionBuilder().Window(2, 3).Window(10, 3).Hide(snooze.HiddenAsOf(Today.AddDays(13))!).Suggest(talk);
        var after = snooze.HiddenAsOf(Today.AddDays(14));

        Assert.All(during, w => Assert.Empty(w.Suggestions));
        Assert.Null(after);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void TrySnooze_NotAfterToday_Refused(int days)
    {
        var snooze = SuggestionDismissal.TrySnooze(1, 1, Window(2, 3), Today.AddDays(days), Today, "Until", out var violation);

        Assert.Null(snooze);
        Assert.Equal((RuleCode.NotAfterToday, "Until"), (violation?.Code, violation?.Field));
    }

    [Fact]
    public void Suggest_HiddenActivity_TheNextBestTakesItsPlaceBeforeTheCut()
    {
        var catalog = Enumerable.Range(1, 6).Select(i => Numbered(i, $"a{i}", ActivityKind.Writing)).ToArray();
        var builder = new SuggestionBuilder().Window(2, 3).Hide(new HiddenSuggestion(1, null, null));

        var keys = builder.Keys(catalog);

        Assert.Equal(["a2", "a3", "a4", "a5", "a6"], keys);
    }

    [Fact]
    public void Hidden_APlannedEngagement_HidesItsActivityOverItsWeeksOnly()
    {
        var engagement = new Engagement { SideActivityId = 4, HoursPerWeek = new Hours(3) };
        engagement.Schedule(Week(2).Monday, Week(4).Sunday);
        var dropped = new Engagement { SideActivityId = 5, HoursPerWeek = new Hours(3) };
        dropped.Schedule(Week(2).Monday, Week(4).Sunday);
        RuleViolationException.ThrowIf(dropped.TryDrop(Today, Today));

        var hidden = SuggestionFeedback.Hidden([], [engagement, dropped], Today);

        var only = Assert.Single(hidden);
        Assert.True(only.Hides(4, Window(4, 2)));
        Assert.False(only.Hides(4, Window(5, 2)));
        Assert.False(only.Hides(5, Window(2, 2)));
    }

    [Fact]
    public void IsTakenOn_SameActivityOverlappingDays_True()
    {
        var engagement = new Engagement { SideActivityId = 4, HoursPerWeek = new Hours(3) };
        engagement.Schedule(Week(2).Monday, Week(4).Sunday);

        var overlapping = SuggestionFeedback.IsTakenOn([engagement], 4, new DateRange(Week(4).Sunday, Week(6).Sunday));
        var later = SuggestionFeedback.IsTakenOn([engagement], 4, new DateRange(Week(5).Monday, Week(6).Sunday));
        var other = SuggestionFeedback.IsTakenOn([engagement], 3, new DateRange(Week(2).Monday, Week(3).Sunday));

        Assert.Equal((true, false, false), (overlapping, later, other));
    }
}
