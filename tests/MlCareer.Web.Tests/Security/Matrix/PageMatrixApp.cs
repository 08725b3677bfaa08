using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Data;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>The page matrix's app: one browser (a client with its cookie jar) per actor, signed in through the form.</summary>
public abstract class PageMatrixApp(DatabaseProvider provider) : MatrixApp(provider)
{
    private readonly Dictionary<Actor, HttpClient> _clients = [];

    public HttpClient Client(Actor actor) => _clients[actor];

    protected override async Task OpenSessionsAsync(MatrixWorld world)
    {
        foreach (var actor in Actors)
        {
            var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            _clients[actor] = client;
            if (actor != Actor.Anonymous)
            {
                var signIn = await SignIn.PostAsync(client, MatrixWorld.EmailOf(actor), MatrixWorld.PasswordOf(actor));
                Assert.True(signIn.StatusCode == System.Net.HttpStatusCode.Redirect, $"{actor} could not sign in: {signIn.StatusCode}");
            }
        }
    }

    protected override ValueTask CloseSessionsAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
