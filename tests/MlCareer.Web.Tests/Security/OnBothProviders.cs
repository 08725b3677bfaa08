using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

public sealed class CapacityServiceTestsOnSqlite(SqliteApp app) : CapacityServiceTests(app), IClassFixture<SqliteApp>;

public sealed class CapacityServiceTestsOnPostgres(PostgresApp app) : CapacityServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class LastAdminTestsOnSqlite(SqliteApp app) : LastAdminTests(app), IClassFixture<SqliteApp>;

public sealed class LastAdminTestsOnPostgres(PostgresApp app) : LastAdminTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class SessionServiceTestsOnSqlite(SqliteApp app) : SessionServiceTests(app), IClassFixture<SqliteApp>;

public sealed class SessionServiceTestsOnPostgres(PostgresApp app) : SessionServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class SessionHttpTestsOnSqlite(SqliteApp app) : SessionHttpTests(app), IClassFixture<SqliteApp>;

public sealed class SessionHttpTestsOnPostgres(PostgresApp app) : SessionHttpTests(app.Required()), IClassFixture<PostgresApp>;
