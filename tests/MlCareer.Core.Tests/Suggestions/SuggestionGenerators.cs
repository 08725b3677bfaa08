using CsCheck;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>Random catalogs and engineers around 2026-W48 for the property tests.</summary>
internal static class SuggestionGenerators
{
    private static readonly IsoWeek Now = SuggestionBuilder.Now;
    private static readonly string[] SkillPool = ["writing", "pytorch", "sql", "teaching", "nlp"];
    private static readonly string[] Industries = ["banking", "healthcare", "retail"];

    private static readonly Gen<string[]> Skills = Gen.Int[0, SkillPool.Length - 1].Array[0, 3].Select(i => i.Select(x => SkillPool[x]).Distinct().ToArray());

    private static readonly Gen<ActivityPay> Pay =
        Gen.Select(Gen.Int[0, 2], Gen.Int[5, 600], Gen.Bool, (basis, amount, usd) =>
            basis == 0 ? ActivityPay.None : new ActivityPay((PayBasis)basis, amount, usd ? "USD" : "EUR"));

    private static readonly Gen<Func<string, SideActivity>> Activity =
        Gen.Select(Gen.Int[1, 7], Gen.Int[1, 24], Gen.Int[0, 12], Gen.Int[1, 6], Gen.Int[0, 2], Gen.Int[0, 50], Gen.Bool, Gen.Int[0, 3],
            (kind, halfHours, extraHalfHours, minWeeks, shape, extraWeeks, interruptible, team) => (kind, halfHours, extraHalfHours, minWeeks, shape, extraWeeks, interruptible, team: team == 0))
        .Select(Pay, Skills, Gen.Int[0, 3], Gen.Int[0, 5], (a, pay, skills, industry, archived) => (Func<string, SideActivity>)(key =>
        {
            var activity = SideActivity.Create(key, new SideActivityDraft(
                (ActivityKind)a.kind, key, key, null, null, null, a.halfHours / 2.0, (a.halfHours + a.extraHalfHours) / 2.0, a.minWeeks,
                (CommitmentShape)a.shape, a.shape == 0 ? null : a.minWeeks + a.extraWeeks, a.interruptible, a.team,
                pay.Basis, pay.Amount, pay.Currency, ActivityBenefits.None, skills, industry < Industries.Length ? Industries[industry] : null));
            if (archived == 0)
            {
                activity.Archive();
            }

            return activity;
        }));

    /// <summary>Up to a dozen activities with keys k00, k01, …; about one in six archived.</summary>
    public static readonly Gen<SideActivity[]> Catalog = Activity.Array[0, 12].Select(make => make.Select((m, i) => m($"k{i:D2}")).ToArray());

    private static readonly Gen<EngineerFacts> Engineer =
        Gen.Select(Gen.Int[4, 40], Gen.Int[1, 7].Array[0, 3], Gen.Int[1, 7].Array[0, 2], Skills, Skills, Gen.Int[0, 3], Gen.Int[0, 120], Gen.Int[0, 2],
            (budget, likes, dislikes, skills, toLearn, industry, rate, currency) => new EngineerFacts(
                1, budget / 2.0, [.. likes.Select(k => (ActivityKind)k)], [.. dislikes.Select(k => (ActivityKind)k)], skills, toLearn,
                industry < Industries.Length ? Industries[industry] : null, currency == 0 ? null : new Money(rate, currency == 1 ? "USD" : "EUR")));

    private static readonly Gen<(int Gap, int Weeks, double Free, int Monitored)> WindowShape =
        Gen.Select(Gen.Int[0, 6], Gen.Int[1, 8], Gen.Int[0, 80], Gen.Int[0, 8], (gap, weeks, free, monitored) => (gap, weeks, 40 - (free / 2.0), Math.Min(monitored, weeks)));

    private static readonly Gen<PlanWeek[]> Plan =
        Gen.Select(Gen.Int[0, 84], Gen.Int[0, 20], (load, side) => (load / 2.0, Math.Max(0, side - 14) / 2.0)).Array[60]
            .Select(Gen.Int[10, 60], (loads, length) => loads.Take(length).Select((l, w) => new PlanWeek(Now.AddWeeks(w), 40, l.Item1, Math.Min(l.Item1, l.Item2))).ToArray());

    private static readonly Gen<RecentEngagement[]> Engagements =
        Gen.Select(Gen.Int[1, 7], Gen.Int[-40, 10], Gen.Int[0, 20], Gen.Int[0, 10], (kind, start, weeks, hours) =>
            new RecentEngagement(0, (ActivityKind)kind, Now.AddWeeks(start).Monday, Now.AddWeeks(start + weeks).Sunday, hours)).Array[0, 4];

    private static readonly Gen<FinishedPhase[]> Phases =
        Gen.Select(Gen.Int[1, 6], Gen.Int[-10, 20], (kind, week) => new FinishedPhase("P", (PhaseKind)kind, Now.AddWeeks(week).Monday.AddDays(2))).Array[0, 2];

    private static readonly Gen<TeammateWindow[]> Teammates =
        Gen.Select(Gen.Int[1, 5], Gen.Int[0, 20], Gen.Int[1, 8], (id, start, weeks) => new TeammateWindow(id, $"T{id}", Now.AddWeeks(start), Now.AddWeeks(start + weeks - 1))).Array[0, 4];

    public static readonly Gen<SuggestionInput> Input =
        Gen.Select(Engineer, WindowShape.Array[0, 3], Plan, Engagements, Phases, Teammates, (engineer, shapes, plan, engagements, phases, teammates) =>
        {
            var windows = new List<SuggestionWindow>();
            var next = 0;
            foreach (var (gap, weeks, free, monitored) in shapes)
            {
                var start = next + gap;
                windows.Add(new SuggestionWindow(
                    Now.AddWeeks(start), Now.AddWeeks(start + weeks - 1), free, free + 1,
                    [.. Enumerable.Range(start, monitored).Select(w => new MonitoringWeek(Now.AddWeeks(w), "P", "Training run"))], 0.8));
                next = start + weeks + 1;
            }

            return new SuggestionInput(engineer, Now, windows, plan, engagements, phases, teammates);
        });
}
