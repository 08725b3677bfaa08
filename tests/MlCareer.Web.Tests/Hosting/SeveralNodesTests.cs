using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;
using MlCareer.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Hosting;

/// <summary>
/// Nodes of one installation share the PostgreSQL database and, through it, the data-protection key ring:
/// a cookie issued by one node is accepted by another, and by a node deployed after both are gone.
/// </summary>
public sealed class SeveralNodesTests
{
    private static readonly Uri BaseAddress = new("http://localhost");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_OnOneNode_IsAcceptedByTheOtherAndByARedeployedNode()
    {
        PostgresServer.Require();
        var database = PostgresServer.NewDatabaseName();
        await PostgresServer.CreateDatabaseAsync(database);
        try
        {
            await MigrateAsync(database);
            var cookies = new CookieContainer();
            HttpResponseMessage signIn, onSecond, onRedeployed, onAnotherInstallation;
            await using (var first = new MlCareerWebFactory(DatabaseProvider.Postgres, database))
            await using (var second = new MlCareerWebFactory(DatabaseProvider.Postgres, database))
            {
                signIn = await SignIn.PostAsync(Client(first, cookies), "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);
                onSecond = await Client(second, cookies).GetAsync("/", Ct);
            }

            await using (var redeployed = new MlCareerWebFactory(DatabaseProvider.Postgres, database))
            {
                onRedeployed = await Client(redeployed, cookies).GetAsync("/", Ct);
            }

            await using (var elsewhere = new MlCareerWebFactory())
            {
                onAnotherInstallation = await Client(elsewhere, cookies).GetAsync("/", Ct);
            }

            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
            Assert.Contains("Ana Souza", await onSecond.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, onRedeployed.StatusCode);
            Assert.Contains("Ana Souza", await onRedeployed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, onAnotherInstallation.StatusCode);
            Assert.StartsWith("/Account/Login", onAnotherInstallation.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>As a deployment does before it starts the nodes: the explicit migration, once.</summary>
    internal static async Task MigrateAsync(string database)
    {
        var options = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, PostgresServer.ConnectionStringFor(database));
        await using var db = new MlCareerDbContext(options.Options);
        await db.ApplyMigrationsAsync(Ct);
    }

    /// <summary>A client of <paramref name="node"/> that keeps its cookies in <paramref name="cookies"/>, shared by every node's client.</summary>
    private static HttpClient Client(MlCareerWebFactory node, CookieContainer cookies)
    {
        return node.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies));
    }
}
