using System.Text.Json;
using CsCheck;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionGenerators;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>Invariants of the suggestion engine over random catalogs and engineers: 1,000 cases each.</summary>
public class SuggestionPropertyTests
{
    private const long Cases = 1_000;
    private const double Epsilon = 1e-9;

    [Fact]
    public void Suggest_NothingDislikedOrArchived_IsEverSuggested()
    {
        Gen.Select(Catalog, Input).Sample((catalog, input) =>
            new SuggestionEngine(catalog).Suggest(input).SelectMany(w => w.Suggestions)
                .All(s => !s.Activity.IsArchived && !input.Engineer.Dislikes.Contains(s.Activity.Kind)),
            iter: Cases);
    }

    [Fact]
    public void Suggest_EverySuggestion_FitsItsWindowsFreeHoursAndTheBudget()
    {
        Gen.Select(Catalog, Input).Sample((catalog, input) =>
            new SuggestionEngine(catalog).Suggest(input).All(result =>
            {
                var window = result.Window;
                var side = input.Weeks.Where(w => w.Week >= window.Start && w.Week <= window.End).Select(w => w.SideHours).DefaultIfEmpty(0).Max();
                return result.Suggestions.All(s =>
                    s.HoursPerWeek <= window.MinFreeHours + Epsilon
                    && s.HoursPerWeek + side <= input.Engineer.SideBudgetHours + Epsilon
                    && s.Activity.HoursPerWeek.Contains(s.HoursPerWeek));
            }),
            iter: Cases);
    }

    [Fact]
    public void Suggest_EveryWeekAfterTheWindowUntilTheEnd_StaysWithinCapacityAndBudget()
    {
        Gen.Select(Catalog, Input).Sample((catalog, input) =>
            new SuggestionEngine(catalog).Suggest(input).All(result => result.Suggestions.All(s =>
                input.Weeks.Where(w => w.Week > result.Window.End && w.Week.Monday <= s.End).All(w =>
                    w.LoadHours + s.HoursPerWeek <= w.CapacityHours + Epsilon
                    && w.SideHours + s.HoursPerWeek <= input.Engineer.SideBudgetHours + Epsilon))),
            iter: Cases);
    }

    [Fact]
    public void Suggest_SameInputInAnyCatalogOrder_SameRanking()
    {
        Gen.Select(Catalog, Input, Gen.Int).Sample((catalog, input, seed) =>
        {
            var shuffled = catalog.ToArray();
            new Random(seed).Shuffle(shuffled);
            var first = Render(new SuggestionEngine(catalog).Suggest(input));
            return first == Render(new SuggestionEngine(catalog).Suggest(input)) && first == Render(new SuggestionEngine(shuffled).Suggest(input));
        }, iter: Cases);
    }

    [Fact]
    public void Check_EverySuggestionAsSuggested_Passes()
    {
        Gen.Select(Catalog, Input).Sample((catalog, input) =>
        {
            var engine = new SuggestionEngine(catalog);
            return engine.Suggest(input).All(result => result.Suggestions.All(s =>
                engine.Check(input, s.Activity, new SuggestionChoice(result.Window.Start, s.HoursPerWeek, s.Start, s.End)).Count == 0));
        }, iter: Cases);
    }

    [Fact]
    public void Suggest_Scores_AreTheSumOfTheReasonsAndDescendWithTheRank()
    {
        Gen.Select(Catalog, Input).Sample((catalog, input) =>
            new SuggestionEngine(catalog).Suggest(input).All(result =>
                result.Suggestions.All(s => Math.Abs(s.Score - s.Reasons.Sum(r => r.Points)) < 0.005)
                && result.Suggestions.Where(s => !s.IsStanding).Zip(result.Suggestions.Where(s => !s.IsStanding).Skip(1)).All(p => p.First.Score >= p.Second.Score)),
            iter: Cases);
    }

    private static string Render(IReadOnlyList<WindowSuggestions> results) => JsonSerializer.Serialize(results.Select(r => new
    {
        r.Window.Start,
        r.Teammates,
        Suggestions = r.Suggestions.Select(s => new { s.Activity.Key, s.Rank, s.Score, s.HoursPerWeek, s.Start, s.End, s.IsStanding, s.Reasons }),
    }));
}
