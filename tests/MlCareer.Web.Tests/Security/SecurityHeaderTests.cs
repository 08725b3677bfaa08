using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

public partial class SecurityHeaderTests(UnlimitedAppFixture app) : IClassFixture<UnlimitedAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Account/Login", false)]
    [InlineData("/", true)]
    [InlineData("/timesheet", true)]
    [InlineData("/admin/users", true)]
    [InlineData("/no-such-page", true)]
    public async Task Page_Any_CarriesTheSecurityHeadersAndANonceOnlyTheImportMapUses(string path, bool signedIn)
    {
        using var client = app.Factory.CreateClient();
        if (signedIn)
        {
            await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);
        }

        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = Directive(csp, "script-src");
        var nonce = Nonce().Match(scriptSrc).Groups[1].Value;
        Assert.Equal("'self' 'nonce-" + nonce + "'", scriptSrc);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("'none'", Directive(csp, "frame-ancestors"));
        Assert.Equal("'none'", Directive(csp, "object-src"));
        Assert.Equal("'self'", Directive(csp, "connect-src"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal([nonce], InlineScriptNonces().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example\\x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/%0d%0aSet-Cookie:%20x=1")]
    [InlineData("/.//evil.example")]
    [InlineData("/é?q=ü")]
    [InlineData("%")]
    [InlineData("http://[::1")]
    public async Task SignIn_CraftedReturnUrl_NeverAn500AndNeverOffSite(string returnUrl)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var query = "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        var form = await client.GetAsync("/Account/Login" + query, Ct);
        var token = SignIn.TokenIn(await form.Content.ReadAsStringAsync(Ct))!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "ana@mlcareer.example",
            ["Input.Password"] = MlCareerWebFactory.DemoPassword,
        });
        var signIn = await client.PostAsync("/Account/Login" + query, content, Ct);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertOnSite(signIn.Headers.Location!);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\r\nSet-Cookie: x=1")]
    [InlineData("/é?q=ü")]
    [InlineData("")]
    public async Task SetCulture_CraftedRedirectUri_NeverAn500AndNeverOffSite(string redirectUri)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostFormAsync(client, "/Account/Login", "/culture/set", new() { ["culture"] = "en", ["redirectUri"] = redirectUri });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response.Headers.Location!);
    }

    [Fact]
    public async Task SetCulture_GetOrWithoutToken_ChangesNothing()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "chen@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var get = await client.GetAsync("/culture/set?culture=zh-Hans&redirectUri=/", Ct);
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "zh-Hans", ["redirectUri"] = "/" });
        var post = await client.PostAsync("/culture/set", noToken, Ct);
        var user = await Accounts.FindAsync(app.Factory, "chen@mlcareer.example");

        Assert.False(get.IsSuccessStatusCode || get.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Null(user.Culture);
    }

    private static void AssertOnSite(Uri location)
    {
        var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", location.ToString());
        Assert.StartsWith("/", path, StringComparison.Ordinal);
        Assert.False(path.StartsWith("//", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal), path);
    }

    private static string Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..];

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    /// <summary>Every inline script (no src) and its nonce attribute.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*?nonce=\"([^\"]*)\"[^>]*>|<script(?![^>]*\\ssrc=)(?![^>]*nonce=)[^>]*>()")]
    private static partial Regex InlineScriptNonces();
}
