using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Api;

public sealed class ApiAccessTestsOnSqlite(SqliteApp app) : ApiAccessTests(app), IClassFixture<SqliteApp>;

public sealed class ApiAccessTestsOnPostgres(PostgresApp app) : ApiAccessTests(app.Required()), IClassFixture<PostgresApp>;
