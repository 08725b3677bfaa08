using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// Every routable page × the seven actors, over HTTP with each actor's own cookie: the page, the sign-in page,
/// the access-denied page, or the page's own refusal. The deactivated actor's cookie was issued before the deactivation.
/// </summary>
public abstract partial class PageMatrixTests(PageMatrixApp app)
{
    public static TheoryData<string> Routes => [.. PageMatrix.All.Select(r => r.Template)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Page_EachActor_SeesWhatTheRuleSays(string template)
    {
        var world = await app.WorldAsync();
        var row = PageMatrix.All.Single(r => r.Template == template);
        var title = row.Title(English(app.Factory));

        var failures = new List<string>();
        foreach (var actor in MatrixApp.Actors)
        {
            var response = await app.Client(actor).GetAsync(row.Path(world), TestContext.Current.CancellationToken);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var seen = Observe(response, html, title);
            if (seen != row.Of(actor))
            {
                failures.Add($"  {actor}: expected {row.Of(actor)}, got {seen} ({(int)response.StatusCode} {response.Headers.Location} {TitleOf(html)})");
            }
            else if (row.Outsiders.Contains(actor) && MatrixWorld.SelfMarkers.FirstOrDefault(m => html.Contains(m, StringComparison.Ordinal)) is { } leaked)
            {
                failures.Add($"  {actor}: the page names \"{leaked}\"");
            }
        }

        Assert.True(failures.Count == 0, $"{row.Path(world)}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void PageMatrix_EveryRoutablePage_HasARow()
    {
        var templates = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();

        var missing = templates.Except(PageMatrix.All.Select(r => r.Template), StringComparer.Ordinal).ToList();

        Assert.Equal(24, templates.Count);
        Assert.True(missing.Count == 0, "Not in the page matrix: " + string.Join(", ", missing));
    }

    private static PageOutcome? Observe(HttpResponseMessage response, string html, string title) => response.StatusCode switch
    {
        HttpStatusCode.Redirect when Cookies.IsSignInRedirect(response) => PageOutcome.SignIn,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true => PageOutcome.Denied,
        HttpStatusCode.OK when html.Contains("data-testid=\"member-problem\"", StringComparison.Ordinal) => PageOutcome.Refused,
        HttpStatusCode.OK when TitleOf(html) == title => PageOutcome.Shown,
        _ => null,
    };

    private static string? TitleOf(string html) => TitleTag().Match(html) is { Success: true } match ? match.Groups[1].Value.Trim() : null;

    private static Func<string, string> English(MlCareerWebFactory factory)
    {
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        return key =>
        {
            var culture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
                return l[key].Value;
            }
            finally
            {
                CultureInfo.CurrentUICulture = culture;
            }
        };
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();
}
