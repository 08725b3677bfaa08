using BenchmarkDotNet.Attributes;
using MlCareer.Core.Common;
using MlCareer.Core.Workload;

namespace MlCareer.Benchmarks;

/// <summary>
/// The workload engine alone, on generated organisations held in memory: every engineer's weeks and
/// windows (12 past weeks and the 26-week horizon, as the workload page shows them), and one engineer
/// recomputed after an edit of their plan. Each plan carries the engineer's three years of logs.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    /// <summary>Weeks before the current one that the workload views show (and load logs for).</summary>
    public const int PastWeeks = 12;

    private IReadOnlyList<EngineerPlan> _plans = null!;
    private EngineerPlan _edited = null!;
    private WorkloadRules _rules = null!;
    private IsoWeek _currentWeek;

    [Params(1000, 10000)]
    public int Engineers { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var organisation = OrganisationGenerator.Generate(Engineers);
        _plans = organisation.Plans();
        _rules = organisation.Rules;
        _currentWeek = organisation.CurrentWeek;
        _edited = Edit(_plans[Engineers / 2], _currentWeek);
        Console.WriteLine($"// {organisation.Describe()}");
    }

    /// <summary>One calculator computes every engineer's weeks and windows; returns the number of windows found.</summary>
    [Benchmark]
    public int AllWindows()
    {
        var calculator = WorkloadCalculator.ForHorizon(_rules, _currentWeek, PastWeeks);
        var windows = 0;
        foreach (var plan in _plans)
        {
            windows += calculator.Compute(plan).Windows.Count;
        }

        return windows;
    }

    /// <summary>One engineer after an edit (a phase ahead moved by two weeks): a new calculator and one computation.</summary>
    [Benchmark]
    public EngineerWorkload RecomputeOneEngineer() => WorkloadCalculator.ForHorizon(_rules, _currentWeek, PastWeeks).Compute(_edited);

    /// <summary>The plan with the first phase that ends after the current week moved two weeks later.</summary>
    internal static EngineerPlan Edit(EngineerPlan plan, IsoWeek currentWeek)
    {
        var projects = plan.Projects.ToList();
        for (var p = 0; p < projects.Count; p++)
        {
            var phases = projects[p].Phases.ToList();
            var i = phases.FindIndex(ph => ph.End >= currentWeek.Monday);
            if (i >= 0)
            {
                phases[i] = phases[i] with { Start = phases[i].Start.AddDays(14), End = phases[i].End.AddDays(14) };
                projects[p] = projects[p] with { Phases = phases };
                return plan with { Projects = projects };
            }
        }

        return plan;
    }
}
