using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MlCareer.Benchmarks.Blazor;
using MlCareer.Data.Seeding;

namespace MlCareer.Benchmarks;

/// <summary>
/// Many circuits without browsers (<see cref="BlazorCircuitClient"/>), against a running server started with
/// <c>Diagnostics:Enabled=true</c>: signs the given accounts in over HTTP, opens IDLE circuits on the page
/// (spread over the accounts) that stay open and do nothing, then CLICKING circuits that each click one
/// element of the page (by default the bell, which opens and closes its panel) and wait for the render it
/// causes, then think for 0.5–1.5 s, for SECONDS. It prints the click latencies (from the click sent to its
/// render received) and the server's CPU, heap and circuit count; every wait is for the server's own count.
/// </summary>
public static partial class ClickLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 6)
        {
            Console.Error.WriteLine("usage: clicks BASE_URL PATH IDLE CLICKING SECONDS EMAIL[,EMAIL…] [ATTRIBUTE=VALUE] [PASSWORD]");
            Console.Error.WriteLine("  e.g. clicks https://localhost:5191 /workload 500 100 60 ana@mlcareer.example,ben@mlcareer.example data-testid=bell");
            return 2;
        }

        var baseUri = new Uri(args[0].TrimEnd('/') + "/");
        var page = new Uri(baseUri, args[1]);
        var (idle, clicking, seconds) = (Int(args[2]), Int(args[3]), Int(args[4]));
        var emails = args[5].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var target = (args.Length > 6 ? args[6] : "data-testid=bell").Split('=', 2);
        var password = args.Length > 7 ? args[7] : DemoPlan.Password;

        using var server = Client(new CookieContainer(), baseUri);
        var accounts = new List<(CookieContainer Cookies, HttpClient Http)>();
        foreach (var email in emails)
        {
            var cookies = new CookieContainer();
            var http = Client(cookies, baseUri);
            await SignInAsync(http, email, password);
            accounts.Add((cookies, http));
        }

        await CircuitLoad.WaitForCircuitsAsync(server, 0);
        var start = await CircuitLoad.HeapAsync(server);
        Console.WriteLine($"{page.AbsolutePath}: heap with 0 circuits {CircuitLoad.Mb(start.HeapBytes)}");

        var clock = Stopwatch.StartNew();
        var idleCircuits = await OpenManyAsync(accounts, page, idle);
        await CircuitLoad.WaitForCircuitsAsync(server, idle);
        var afterIdle = await CircuitLoad.HeapAsync(server);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{idle} idle circuits open in {clock.Elapsed.TotalSeconds:0} s; heap {CircuitLoad.Mb(afterIdle.HeapBytes)}, {(afterIdle.HeapBytes - start.HeapBytes) / 1024.0 / Math.Max(idle, 1):0} KB per circuit, working set {CircuitLoad.Mb(afterIdle.WorkingSetBytes)}"));

        var clickers = await OpenManyAsync(accounts, page, clicking);
        await CircuitLoad.WaitForCircuitsAsync(server, idle + clicking);
        // The element may come in a later render than the page's first (the layout renders as its data arrives).
        var found = await Task.WhenAll(clickers.Select(c => c.TargetAsync(target[0], target[1], TimeSpan.FromSeconds(30))));
        if (found.Any(f => !f))
        {
            Console.Error.WriteLine($"{page.AbsolutePath} has no element with {target[0]}=\"{target[1]}\" and a click handler.");
            return 1;
        }

        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var before = await CircuitLoad.CpuAsync(server);
        var run = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await Task.WhenAll(clickers.Select((circuit, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            await Task.Delay(random.Next(1000));
            while (!stop.IsCancellationRequested)
            {
                var click = Stopwatch.StartNew();
                try
                {
                    await circuit.ClickAsync(CancellationToken.None);
                    latencies.Add(click.Elapsed.TotalMilliseconds);
                }
                catch (Exception e) when (e is TimeoutException or InvalidOperationException)
                {
                    failures.Add(e.Message);
                }

                await Task.Delay(500 + random.Next(1000));
            }
        })));
        var after = await CircuitLoad.CpuAsync(server);
        var elapsed = run.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        var lost = clickers.Count(c => c.Error is not null) + idleCircuits.Count(c => c.Error is not null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clicking} circuits clicking {target[0]}={target[1]} beside {idle} idle for {elapsed:0} s: {sorted.Length} clicks ({sorted.Length / elapsed:0.0}/s), {failures.Count} failed, {lost} circuits with an error"));
        if (sorted.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"click to render: p50 {Percentile(sorted, 0.50):0.0} ms, p95 {Percentile(sorted, 0.95):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server CPU {(after.CpuMilliseconds - before.CpuMilliseconds) / elapsed / 10:0}% of one core over the run, {(after.CpuMilliseconds - before.CpuMilliseconds) / Math.Max(sorted.Length, 1):0.0} ms per click; {after.OpenCircuits} circuits open ({after.ConnectedCircuits} connected)"));
        foreach (var failure in failures.GroupBy(f => f).Take(5))
        {
            Console.WriteLine($"  failed {failure.Count()}×: {failure.Key}");
        }

        await Task.WhenAll(clickers.Concat(idleCircuits).Select(c => c.DisposeAsync().AsTask()));
        await CircuitLoad.WaitForCircuitsAsync(server, 0);
        foreach (var (_, http) in accounts)
        {
            http.Dispose();
        }

        return failures.IsEmpty && lost == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>visits BASE_URL PATH EMAIL [COUNT] [PASSWORD]</c>: the CPU of a warm visit without a browser on the same
    /// cores. Each visit loads the page, opens its circuit, waits until the layout's bell is rendered and closes the
    /// tab; after 100 warm-up visits, three runs of COUNT (default 40) visits one after another, each its server CPU / COUNT.
    /// </summary>
    public static async Task<int> VisitsAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: visits BASE_URL PATH EMAIL [COUNT] [PASSWORD]");
            return 2;
        }

        var baseUri = new Uri(args[0].TrimEnd('/') + "/");
        var page = new Uri(baseUri, args[1]);
        var count = args.Length > 3 ? Int(args[3]) : 40;
        using var server = Client(new CookieContainer(), baseUri);
        var cookies = new CookieContainer();
        using var http = Client(cookies, baseUri);
        await SignInAsync(http, args[2], args.Length > 4 ? args[4] : DemoPlan.Password);

        async Task VisitAsync()
        {
            await using var tab = await BlazorCircuitClient.OpenAsync(http, cookies, page, CancellationToken.None);
            if (!await tab.TargetAsync("data-testid", "bell", TimeSpan.FromSeconds(30)))
            {
                throw new InvalidOperationException($"{page} rendered no bell.");
            }
        }

        for (var i = 0; i < 100; i++)
        {
            await VisitAsync();
        }

        for (var run = 0; run < 3; run++)
        {
            await CircuitLoad.WaitForCircuitsAsync(server, 0);
            var before = await CircuitLoad.CpuAsync(server);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                await VisitAsync();
            }

            await CircuitLoad.WaitForCircuitsAsync(server, 0);
            var after = await CircuitLoad.CpuAsync(server);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page.AbsolutePath}: {count} warm visits, server CPU {(after.CpuMilliseconds - before.CpuMilliseconds) / count:0.0} ms per visit, {clock.Elapsed.TotalMilliseconds / count:0} ms wall per visit"));
        }

        return 0;
    }

    private static async Task<List<BlazorCircuitClient>> OpenManyAsync(List<(CookieContainer Cookies, HttpClient Http)> accounts, Uri page, int count)
    {
        var opened = new BlazorCircuitClient[count];
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var (cookies, http) = accounts[i % accounts.Count];
                opened[i] = await BlazorCircuitClient.OpenAsync(http, cookies, page, CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. opened];
    }

    private static HttpClient Client(CookieContainer cookies, Uri baseUri) =>
        new(new HttpClientHandler
        {
            CookieContainer = cookies,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        })
        { BaseAddress = baseUri };

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    /// <summary>Signs in through the sign-in form, as a browser posts it (its hidden fields and antiforgery token included).</summary>
    private static async Task SignInAsync(HttpClient http, string email, string password)
    {
        var html = await http.GetStringAsync(new Uri("Account/Login", UriKind.Relative));
        var form = html[html.IndexOf("<form method=\"post\" class=\"account-form\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = HiddenInput().Matches(form).Where(m => m.Value.Contains("type=\"hidden\"", StringComparison.OrdinalIgnoreCase))
            .Select(m => KeyValuePair.Create(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        fields.Add(KeyValuePair.Create("Input.Email", email));
        fields.Add(KeyValuePair.Create("Input.Password", password));
        using var answer = await http.PostAsync(new Uri("Account/Login", UriKind.Relative), new FormUrlEncodedContent(fields));
        var home = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode || home.Contains("Input.Password", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {email} failed ({(int)answer.StatusCode}).");
        }
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
