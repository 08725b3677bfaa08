using BenchmarkDotNet.Attributes;
using MlCareer.Core.Activities;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;
using MlCareer.Data.Seeding;

namespace MlCareer.Benchmarks;

/// <summary>
/// The suggestion engine on the generated 1,000-engineer organisation and the nine seeded catalog
/// activities: every window of one engineer (the one with the most windows, a new engine included, as
/// a page builds it), and every window of every engineer. The workload engine's output is computed in the
/// setup, from the current week over the 26-week horizon and the longest commitment (52 weeks), as
/// <see cref="SuggestionInputs.Calculator"/> sets it up; <c>AdaptAndSuggestAll</c> also builds every input from it.
/// </summary>
[MemoryDiagnoser]
public class SuggestionBenchmarks
{
    public const int Engineers = 1000;

    private Organisation _organisation = null!;
    private IReadOnlyList<EngineerWorkload> _workloads = null!;
    private IReadOnlyList<SuggestionInput> _inputs = null!;
    private SuggestionInput _busiest = null!;
    private IReadOnlyList<SideActivity> _catalog = null!;
    private SuggestionEngine _engine = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _organisation = OrganisationGenerator.Generate(Engineers);
        _catalog = [.. CatalogSeeder.LoadDefaults().Select((a, i) => { a.Id = i + 1; return a; })];
        var calculator = SuggestionInputs.Calculator(_organisation.Rules, _organisation.CurrentWeek, _catalog);
        _workloads = [.. _organisation.Plans(_organisation.CurrentWeek).Select(calculator.Compute)];
        _engine = new SuggestionEngine(_catalog);
        _inputs = SuggestionOrganisation.Inputs(_organisation, _workloads);
        _busiest = _inputs.MaxBy(i => i.Windows.Count)!;
        var results = _inputs.Select(_engine.Suggest).ToList();
        Console.WriteLine($"// {_organisation.Describe()}");
        Console.WriteLine($"// {_inputs.Sum(i => i.Windows.Count)} windows, {results.Sum(r => r.Sum(w => w.Suggestions.Count))} suggestions; "
            + $"the busiest engineer has {_busiest.Windows.Count} windows and {_busiest.TeammateWindows.Count} teammate windows");
    }

    /// <summary>Every window of the engineer with the most windows, with a new engine over the catalog; returns the suggestions made.</summary>
    [Benchmark]
    public int SuggestOneEngineer() => new SuggestionEngine(_catalog).Suggest(_busiest).Sum(w => w.Suggestions.Count);

    /// <summary>Every window of every engineer, inputs ready; returns the suggestions made.</summary>
    [Benchmark]
    public int SuggestAllEngineers()
    {
        var count = 0;
        foreach (var input in _inputs)
        {
            foreach (var window in _engine.Suggest(input))
            {
                count += window.Suggestions.Count;
            }
        }

        return count;
    }

    /// <summary>Every engineer's input built from the workload engine's output (adapter included), then every window suggested.</summary>
    [Benchmark]
    public int AdaptAndSuggestAll()
    {
        var count = 0;
        foreach (var input in SuggestionOrganisation.Inputs(_organisation, _workloads))
        {
            foreach (var window in _engine.Suggest(input))
            {
                count += window.Suggestions.Count;
            }
        }

        return count;
    }
}
