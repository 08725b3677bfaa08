using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.E2E.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, and Debian's Chromium driven by Playwright.
/// Without a browser (or libfaketime, which runs it on the tests' clock: <see cref="BrowserClock"/>) the tests skip
/// locally and fail under CI=true, so CI never skips them silently.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>
    /// How long an action or an assertion waits for the page, in milliseconds: twice the 15 s within which every wait
    /// ended in two full runs side by side on two cores (four side by side went past 15 s).
    /// </summary>
    private const float ActionTimeout = 30_000;

    private readonly MlCareerWebFactory _factory = new();
    private readonly Dictionary<string, string> _signedIn = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The SQL commands the app has sent; clear it before a visit to count that visit's.</summary>
    public QueryLog Queries => _factory.Queries;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("MLCAREER_CHROMIUM") ?? DefaultChromium;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath) || !BrowserClock.IsAvailable)
        {
            return;
        }

        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Assertions wait as long as actions do: on a loaded 2-core machine a render can take longer than
        // Playwright's 5 s default, and a slow machine is not a failure of the page.
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Env = BrowserClock.Environment(),
        });
    }

    /// <summary>Call first in every test: skips (or, in CI, fails) when there is no browser.</summary>
    public static void RequireBrowser()
    {
        if (File.Exists(ChromiumPath) && BrowserClock.IsAvailable)
        {
            return;
        }

        var reason = File.Exists(ChromiumPath)
            ? $"No libfaketime at {BrowserClock.Library} to run Chromium on the tests' clock: install Debian's faketime package."
            : $"No Chromium at {ChromiumPath}: install Debian's chromium package or set MLCAREER_CHROMIUM.";
        Assert.SkipWhen(!IsCi, reason);
        Assert.Fail(reason);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string? storageState = null, ColorScheme colorScheme = ColorScheme.Light, string? culture = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            StorageState = storageState,
            ColorScheme = colorScheme,
        });
        context.SetDefaultTimeout(ActionTimeout);
        if (culture is not null)
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={culture}|uic={culture}"), Url = BaseUrl }]);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// A browser page as <paramref name="email"/> (signed in once per account and server, then the cookies
    /// are reused), or signed out when null; in the system colour scheme and language given.
    /// </summary>
    public async Task<IPage> PageAsAsync(string? email, int width = 1280, int height = 800, ColorScheme colorScheme = ColorScheme.Light, string? culture = null)
    {
        string? state = null;
        if (email is not null && !_signedIn.TryGetValue(email, out state))
        {
            var page = await SignedInPageAsync(email);
            state = await page.Context.StorageStateAsync();
            await page.Context.CloseAsync();
            _signedIn[email] = state;
        }

        return await NewPageAsync(width, height, state, colorScheme, culture);
    }

    /// <summary>A new browser page signed in as <paramref name="email"/> through the real sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        var login = new Pages.LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, MlCareerWebFactory.DemoPassword);
        await Assertions.Expect(page.GetByTestId("greeting")).ToBeVisibleAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await _factory.DisposeAsync();
    }
}
