using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Api;

public sealed class ApiAccessTestsOnSqlite(SqliteApp app) : ApiAccessTests(app), IClassFixture<SqliteApp>;

public sealed class ApiAccessTestsOnPostgres(PostgresApp app) : ApiAccessTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class ApiRoleTestsOnSqlite(SqliteApp app) : ApiRoleTests(app), IClassFixture<SqliteApp>;

public sealed class ApiRoleTestsOnPostgres(PostgresApp app) : ApiRoleTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class ExportTestsOnSqlite(SqliteApp app) : DataOut.ExportTests(app), IClassFixture<SqliteApp>;

public sealed class ExportTestsOnPostgres(PostgresApp app) : DataOut.ExportTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class CalendarFeedTestsOnSqlite(SqliteApp app) : DataOut.CalendarFeedTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarFeedTestsOnPostgres(PostgresApp app) : DataOut.CalendarFeedTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class RoundTripTestsOnSqlite(SqliteApp app) : DataOut.RoundTripTests(app), IClassFixture<SqliteApp>;

public sealed class RoundTripTestsOnPostgres(PostgresApp app) : DataOut.RoundTripTests(app.Required()), IClassFixture<PostgresApp>;
