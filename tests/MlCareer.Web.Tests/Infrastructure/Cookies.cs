using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>The sign-in cookie as a browser keeps it, to replay later from a client without a cookie jar.</summary>
public static class Cookies
{
    public const string SignInCookie = ".AspNetCore.Identity.Application";

    /// <summary>The <c>name=value</c> of the sign-in cookie a sign-in response set.</summary>
    public static string SignInCookieOf(HttpResponseMessage signIn)
    {
        var header = signIn.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(SignInCookie + "=", StringComparison.Ordinal))
            : null;
        return header?.Split(';')[0] ?? throw new InvalidOperationException("The response set no sign-in cookie.");
    }

    /// <summary>GET <paramref name="path"/> with only <paramref name="cookie"/>, as a second browser holding a copy of it would.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(MlCareerWebFactory factory, string cookie, string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Signs out through the user menu's form (with its antiforgery token).</summary>
    public static Task<HttpResponseMessage> SignOutAsync(HttpClient client) =>
        SignIn.PostFormAsync(client, "/Account/Manage/ChangePassword", "/Account/Logout", []);

    public static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true;
}
