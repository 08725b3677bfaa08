using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MlCareer.Benchmarks;

// `generate N FILE [SEED]` fills a SQLite file with a generated organisation of N engineers;
// `circuits …` measures circuits (CircuitLoad); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "generate")
{
    if (args.Length < 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var engineers) || engineers <= 0)
    {
        Console.Error.WriteLine("usage: generate ENGINEERS FILE [SEED]");
        return 2;
    }

    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : OrganisationGenerator.DefaultSeed;
    var clock = Stopwatch.StartNew();
    var organisation = OrganisationGenerator.Generate(engineers, seed);
    Console.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:0.0} s: {organisation.Describe()}.");
    clock.Restart();
    var path = Path.GetFullPath(args[2]);
    await organisation.FillAsync(path);
    Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB) in {clock.Elapsed.TotalSeconds:0.0} s.");
    Console.WriteLine($"Current week {organisation.CurrentWeek} ({organisation.CurrentWeek.Key}); the workload views load logs from {organisation.CurrentWeek.AddWeeks(-EngineBenchmarks.PastWeeks)} ({organisation.CurrentWeek.AddWeeks(-EngineBenchmarks.PastWeeks).Key}).");
    return 0;
}

// `circuits URL PATH EMAIL [PASSWORD]` opens circuits against a running server and reads its heap and CPU time.
if (args.Length > 0 && args[0] == "circuits")
{
    return await CircuitLoad.RunAsync(args[1..]);
}

// `clicks URL PATH IDLE CLICKING SECONDS EMAILS …` opens many circuits without browsers and times clicks (ClickLoad).
if (args.Length > 0 && args[0] == "clicks")
{
    return await ClickLoad.RunAsync(args[1..]);
}

// `visits URL PATH EMAIL [COUNT]` times warm visits with the same client, one circuit at a time (ClickLoad).
if (args.Length > 0 && args[0] == "visits")
{
    return await ClickLoad.VisitsAsync(args[1..]);
}

// In process: the benchmarks run inside this build's output, so nothing is rebuilt next to the sources,
// and the results land beside the executable.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(TimesheetBenchmarks).Assembly).Run(args, config);
return 0;
