using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Playwright;
using MlCareer.Data.Seeding;

namespace MlCareer.Benchmarks;

/// <summary>
/// A loopback load script for one page of a running server started with <c>Diagnostics:Enabled=true</c>
/// (on HTTPS, as Production requires, with any certificate):
/// signs in once in Debian's Chromium, warms the page up, then (1) opens circuits on the page and leaves them
/// idle, reading the server's managed heap after a full GC with 0, 60 and 100 of them open, and (2) visits the
/// page once right after sign-in (cold) and then, after 40 warm-up visits, 40 visits one after another (load, circuit up, content shown, tab closed), reading the server's CPU time
/// before and after. Each step waits for the server's own circuit count, never for a fixed time.
/// </summary>
public static class CircuitLoad
{
    private static readonly int[] Counts = [60, 100];
    private const int WarmUpVisits = 40;
    private const int MeasuredVisits = 40;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: circuits BASE_URL PATH EMAIL [PASSWORD]   (e.g. circuits http://127.0.0.1:5190 /workload ana@mlcareer.example)");
            return 2;
        }

        var (baseUrl, path, email) = (args[0].TrimEnd('/'), args[1], args[2]);
        var password = args.Length > 3 && args[3] != "-" ? args[3] : DemoPlan.Password;
        var cpuOnly = args.Length > 4 && args[4] == "cpu";
        string? spki = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                spki ??= certificate is null ? null : Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
                return true;
            },
        };
        using var server = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        await server.GetAsync(new Uri("/health", UriKind.Relative));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MLCAREER_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--renderer-process-limit=6", "--disable-background-timer-throttling",
                // The run's self-signed certificate is trusted as a real one is: Chromium does not cache what a site
                // with a certificate error serves, so without this every visit would download the scripts and styles again.
                .. (spki is null ? Array.Empty<string>() : [$"--ignore-certificate-errors-spki-list={spki}"])],
        });
        // Production serves HTTPS only; the server's certificate is a self-signed one made for the run.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "en-US", IgnoreHTTPSErrors = true });
        context.SetDefaultTimeout(60_000);
        await SignInAsync(context, email, password);
        await WaitForCircuitsAsync(server, 0);
        var cold = await CpuAsync(server);
        await VisitAsync(context, path);
        await WaitForCircuitsAsync(server, 0);
        var first = await CpuAsync(server);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: first visit after sign-in, server CPU {first.CpuMilliseconds - cold.CpuMilliseconds:0} ms"));

        for (var i = 0; i < WarmUpVisits; i++)
        {
            await VisitAsync(context, path);
        }

        if (!cpuOnly)
        {
            await MeasureHeapAsync(context, server, path);
        }

        await WaitForCircuitsAsync(server, 0);
        var before = await CpuAsync(server);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MeasuredVisits; i++)
        {
            await VisitAsync(context, path);
        }

        await WaitForCircuitsAsync(server, 0);
        var after = await CpuAsync(server);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {MeasuredVisits} warm visits, server CPU {(after.CpuMilliseconds - before.CpuMilliseconds) / MeasuredVisits:0.0} ms per visit, {clock.Elapsed.TotalMilliseconds / MeasuredVisits:0} ms wall per visit"));
        return 0;
    }

    /// <summary>Opens 60, then 100 idle circuits on the page and reads the heap after a full GC, against 0 open.</summary>
    private static async Task MeasureHeapAsync(IBrowserContext context, HttpClient server, string path)
    {
        await WaitForCircuitsAsync(server, 0);
        var empty = await HeapAsync(server);
        Console.WriteLine($"{path}: heap with 0 circuits {Mb(empty.HeapBytes)}");
        var open = new List<IPage>();
        foreach (var count in Counts)
        {
            while (open.Count < count)
            {
                open.Add(await OpenAsync(context, path));
            }

            await WaitForCircuitsAsync(server, count);
            var heap = await HeapAsync(server);
            var perCircuit = (heap.HeapBytes - empty.HeapBytes) / (double)count;
            Console.WriteLine($"{path}: heap with {count} idle circuits {Mb(heap.HeapBytes)}, {Kb(perCircuit)} per circuit (working set {Mb(heap.WorkingSetBytes)})");
        }

        foreach (var page in open)
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }
    }

    private static async Task SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
    }

    /// <summary>A tab on the page, its circuit up and its content shown (a heading and no running progress bar).</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("[data-interactive='true']").WaitForAsync();
        await page.Locator("main h1").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('main .mud-progress-indeterminate')");
        return page;
    }

    private static async Task VisitAsync(IBrowserContext context, string path) =>
        await (await OpenAsync(context, path)).CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

    internal static async Task WaitForCircuitsAsync(HttpClient server, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var figures = await CpuAsync(server);
            if (figures.OpenCircuits == count && figures.ConnectedCircuits == count)
            {
                return;
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"The server holds {figures.OpenCircuits} circuits ({figures.ConnectedCircuits} connected), not {count}.");
            }

            await Task.Delay(250);
        }
    }

    internal static async Task<Figures> HeapAsync(HttpClient server) => (await server.GetFromJsonAsync<Figures>("/diagnostics/heap"))!;

    internal static async Task<Figures> CpuAsync(HttpClient server) => (await server.GetFromJsonAsync<Figures>("/diagnostics/cpu"))!;

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB");

    internal sealed record Figures(long HeapBytes, double CpuMilliseconds, int OpenCircuits, int ConnectedCircuits, long WorkingSetBytes);
}
