using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Core.Security;
using MlCareer.Web.Features.AccessTokens;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Personal access tokens made the way /me/tokens makes them, and HTTP clients that send one.</summary>
public static class ApiClient
{
    /// <summary>A new token of <paramref name="email"/>, created through the tokens service as that person.</summary>
    public static async Task<string> TokenAsync(MlCareerWebFactory factory, string email, TokenAccess access = TokenAccess.Read, int days = 30, string name = "tests")
    {
        await using var user = await AsUser.SignInAsync(factory, email);
        var created = await user.Service<AccessTokenService>().CreateAsync(new TokenInput { Name = name, Access = access, Days = days }, TestContext.Current.CancellationToken);
        return created.Value?.Secret ?? throw new InvalidOperationException($"No token for {email}: {created.Error?.MessageKey}");
    }

    /// <summary>A client that sends <paramref name="token"/> (none when null) and follows no redirect.</summary>
    public static HttpClient For(MlCareerWebFactory factory, string? token)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<HttpClient> ForAsync(MlCareerWebFactory factory, string email, TokenAccess access = TokenAccess.Read) =>
        For(factory, await TokenAsync(factory, email, access));
}
