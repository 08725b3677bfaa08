using MlCareer.Data;
using MlCareer.Testing;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>One running app (and database) shared by the tests of a class; SQLite unless a subclass says otherwise.</summary>
public class AppFixture : IAsyncLifetime
{
    public AppFixture()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected AppFixture(DatabaseProvider provider) => Factory = new MlCareerWebFactory(provider);

    public MlCareerWebFactory Factory { get; }

    public ValueTask InitializeAsync()
    {
        if (Factory.Provider != DatabaseProvider.Postgres || PostgresServer.IsAvailable)
        {
            _ = Factory.Server;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>This fixture, once its database is there: a PostgreSQL test without a server skips locally and fails in CI.</summary>
    public AppFixture Required()
    {
        if (Factory.Provider == DatabaseProvider.Postgres)
        {
            PostgresServer.Require();
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
