using CsCheck;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Preferences;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>An engineer's side activities: engagements and outcomes (Ben's), suggestions taken on or put off, and preferences (Ana's).</summary>
[Collection(BadInputApp.Name)]
public sealed class ActivitiesBadInputTests(SqliteApp app)
{
    private static readonly string[] SideTables = ["Engagements", "SuggestionDismissals", "Engineers"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Gen<(DateTime Start, DateTime End)> Span => Gen.Select(Day, Gen.Int[0, 120], (start, days) => (start, start.AddDays(days)));

    [Fact]
    public async Task UpdateEngagement_BadHoursOrDates_RefusedOnTheFieldAndNothingStored()
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, BadInputApp.Ben);
        var activities = ben.Service<ActivityService>();
        var engagement = (await activities.GetAsync(Ct)).Value!.Engagements[0].Engagement;
        var valid = Gen.Select(Gen.Double[Engagement.MinHoursPerWeek, 20], Span, (hours, span) =>
            new EngagementInput { Id = engagement.Id, Version = engagement.Version, HoursPerWeek = hours, Start = span.Start, End = span.End });
        var bad = Gen.OneOf(
            Gen.Select(valid, Outside(Engagement.MinHoursPerWeek, Hours.MaxPerWeek), (e, h) => Mutate(e, $"{h} h/week", nameof(e.HoursPerWeek), x => x.HoursPerWeek = h)),
            Gen.Select(valid, DayOutOfBounds, (e, d) => Mutate(e, $"start {d:yyyy-MM-dd}", nameof(e.Start), x => x.Start = d)),
            Gen.Select(valid, DayOutOfBounds, (e, d) => Mutate(e, $"end {d:yyyy-MM-dd}", nameof(e.End), x => x.End = d)),
            Gen.Select(valid, Gen.Int[1, 400], (e, d) => Mutate(e, $"end {d} days before the start", nameof(e.End), x => x.End = x.Start!.Value.AddDays(-d))));

        await Refusal.CheckAsync(app, bad, async e => await activities.UpdateAsync(e, Ct), SideTables);
    }

    [Fact]
    public async Task CompleteEngagement_BadOutcome_RefusedOnTheFieldAndNothingStored()
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, BadInputApp.Ben);
        var activities = ben.Service<ActivityService>();
        var engagement = (await activities.GetAsync(Ct)).Value!.Engagements[0].Engagement;
        var valid = Gen.Select(Gen.Int[1, 10], Word, (rank, note) => new OutcomeInput
        {
            Id = engagement.Id, Version = engagement.Version, CompletedOn = MlCareerWebFactory.Today.ToDateTime(TimeOnly.MinValue),
            OutcomeLink = "https://example.org/talk", MoneyAmount = 100, MoneyCurrency = "USD", CompetitionRank = rank, OutcomeNote = note,
        });
        var bad = Gen.OneOf(
            Gen.Select(valid, DayOutOfBounds, (o, d) => Mutate(o, $"completed {d:yyyy-MM-dd}", nameof(o.CompletedOn), x => x.CompletedOn = d)),
            Gen.Select(valid, Gen.OneOf(BadLink, Overlong(FieldLengths.Url).Select(s => "https://example.org/" + s), ControlText().Select(s => "https://example.org/" + s)), (o, l) =>
                Mutate(o, $"link {l[..Math.Min(l.Length, 30)]}", nameof(o.OutcomeLink), x => x.OutcomeLink = l)),
            Gen.Select(valid, Outside(0m, Money.MaxEntered), (o, m) => Mutate(o, $"amount {m}", nameof(o.MoneyAmount), x => x.MoneyAmount = m)),
            Gen.Select(valid, BadCurrency, (o, c) => Mutate(o, $"currency {c}", nameof(o.MoneyCurrency), x => x.MoneyCurrency = c)),
            Gen.Select(valid, Outside(1, EngagementOutcome.MaxRank), (o, r) => Mutate(o, $"rank {r}", nameof(o.CompetitionRank), x => x.CompetitionRank = r)),
            Gen.Select(valid, Gen.OneOf(Overlong(FieldLengths.Note), ControlText(multiline: true)), (o, n) => Mutate(o, "bad note", nameof(o.OutcomeNote), x => x.OutcomeNote = n)));

        await Refusal.CheckAsync(app, bad, async o => await activities.CompleteAsync(o, Ct), SideTables);
    }

    [Fact]
    public async Task AcceptSnoozeAndDismissSuggestion_BadInput_RefusedAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var suggestions = ana.Service<SuggestionService>();
        var windows = (await suggestions.GetAsync(Ct)).Value!.Windows;
        var window = windows.First(w => w.Suggestions.Suggestions.Count > 0);
        var windowStarts = windows.Select(w => w.Suggestions.Window.Start).ToHashSet();
        var (windowStart, activityId) = (window.Suggestions.Window.Start, window.Suggestions.Suggestions[0].Activity.Id);
        var valid = Gen.Select(Gen.Double[1, 8], Span, (hours, span) =>
            new AcceptInput { SideActivityId = activityId, WindowStart = windowStart, HoursPerWeek = hours, Start = span.Start, End = span.End });
        var badAccept = Gen.OneOf(
            Gen.Select(valid, Outside(Engagement.MinHoursPerWeek, Hours.MaxPerWeek), (a, h) => Mutate(a, $"{h} h/week", nameof(a.HoursPerWeek), x => x.HoursPerWeek = h)),
            Gen.Select(valid, DayOutOfBounds, (a, d) => Mutate(a, $"start {d:yyyy-MM-dd}", nameof(a.Start), x => x.Start = d)),
            Gen.Select(valid, DayOutOfBounds, (a, d) => Mutate(a, $"end {d:yyyy-MM-dd}", nameof(a.End), x => x.End = d)),
            Gen.Select(valid, Gen.Int[1, 400], (a, d) => Mutate(a, $"end {d} days before the start", nameof(a.End), x => x.End = x.Start!.Value.AddDays(-d))));
        var badSnooze = Gen.OneOf(
            DayOutOfBounds.Select(d => ($"until {d:yyyy-MM-dd}", d)),
            Gen.Int[0, 400].Select(d => ($"until {d} days ago", MlCareerWebFactory.Today.AddDays(-d).ToDateTime(TimeOnly.MinValue))))
            .Select(c => new Bad<SnoozeInput>(c.Item1, nameof(SnoozeInput.Until), new() { SideActivityId = activityId, WindowStart = windowStart, Until = c.Item2 }));
        var unknownWindow = Gen.Select(Gen.Int[-60, 60].Where(w => !windowStarts.Contains(windowStart.AddWeeks(w))), Gen.Bool, (weeks, kind) =>
            new Bad<DismissInput>($"window {windowStart.AddWeeks(weeks)}", null, new() { SideActivityId = activityId, WindowStart = windowStart.AddWeeks(weeks), NotThisKind = kind }));
        var unknownActivity = Gen.Int.Where(id => id != activityId && id is < 1 or > 10_000).Select(id =>
            new Bad<DismissInput>($"activity {id}", null, new() { SideActivityId = id, WindowStart = windowStart, NotThisKind = true }));

        await Refusal.CheckAsync(app, badAccept, async a => await suggestions.AcceptAsync(a, Ct), SideTables);
        await Refusal.CheckAsync(app, badSnooze, async s => await suggestions.SnoozeAsync(s, Ct), SideTables);
        await Refusal.CheckAsync(app, Gen.OneOf(unknownWindow, unknownActivity), async d => await suggestions.DismissAsync(d, Ct), SideTables, kind: ErrorKind.NotFound);
    }

    [Fact]
    public async Task SavePreferences_BadField_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var preferences = ana.Service<PreferencesService>();
        var shown = (await preferences.GetAsync(Ct)).Value!.Input;
        var valid = Gen.Double[0, 10].Select(budget => new PreferencesInput
        {
            Version = shown.Version, BudgetHours = budget, Likes = [ActivityKind.Writing], Dislikes = [ActivityKind.Speaking],
            SkillsText = "pytorch, nlp", SkillsToLearnText = "rust", HomeIndustry = "retail", MinimumRateAmount = 50, MinimumRateCurrency = "USD",
        });
        var bad = Gen.OneOf(
            Gen.Select(valid, Outside(0, Hours.MaxPerWeek), (p, h) => Mutate(p, $"budget {h} h", nameof(p.BudgetHours), x => x.BudgetHours = h)),
            Gen.Select(valid, Unknown<ActivityKind>(), (p, k) => Mutate(p, $"unknown like {(int)k}", nameof(p.Likes), x => x.Likes = [k])),
            Gen.Select(valid, Unknown<ActivityKind>(), (p, k) => Mutate(p, $"unknown dislike {(int)k}", nameof(p.Dislikes), x => x.Dislikes = [k])),
            valid.Select(p => Mutate(p, "liked and disliked", nameof(p.Dislikes), x => x.Dislikes = [ActivityKind.Writing])),
            Gen.Select(valid, Gen.OneOf(Overlong(FieldLengths.Skill), ControlText()), (p, s) => Mutate(p, "bad skill", nameof(p.SkillsText), x => x.SkillsText = $"pytorch, {s}")),
            Gen.Select(valid, Gen.Int[Tags.MaxCount + 1, 200], (p, n) => Mutate(p, $"{n} skills to learn", nameof(p.SkillsToLearnText), x =>
                x.SkillsToLearnText = string.Join(", ", Enumerable.Range(1, n).Select(i => $"skill{i}")))),
            Gen.Select(valid, Gen.OneOf(Overlong(FieldLengths.Industry), ControlText()), (p, s) => Mutate(p, "bad industry", nameof(p.HomeIndustry), x => x.HomeIndustry = s)),
            Gen.Select(valid, Outside(0m, Money.MaxEntered), (p, m) => Mutate(p, $"rate {m}", nameof(p.MinimumRateAmount), x => x.MinimumRateAmount = m)),
            Gen.Select(valid, BadCurrency, (p, c) => Mutate(p, $"currency {c}", nameof(p.MinimumRateCurrency), x => x.MinimumRateCurrency = c)));

        await Refusal.CheckAsync(app, bad, async p => await preferences.SaveAsync(p, Ct), SideTables);
    }
}
