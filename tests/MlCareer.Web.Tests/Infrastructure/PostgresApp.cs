using MlCareer.Data;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>The app on a new PostgreSQL database, shared by the tests of a class.</summary>
public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);
