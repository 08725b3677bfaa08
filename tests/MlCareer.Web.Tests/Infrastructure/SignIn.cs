using System.Net;
using System.Text.RegularExpressions;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form: antiforgery token, form post, cookie.</summary>
public static partial class SignIn
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/Account/Login");
        return await PostAsync(client, token, email, password);
    }

    /// <summary>Posts the sign-in form with a token read before (a token can be used many times, as a browser's form can).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string email, string password)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/Account/Login", content, TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token in the form of the page at <paramref name="path"/>, for the client's cookies.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return TokenIn(html) ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>, or null.</summary>
    public static string? TokenIn(string html)
    {
        var match = AntiforgeryToken().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>Posts a form with the antiforgery token read from <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string tokenPage, string path, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(client, tokenPage);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
