using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public sealed class AuthenticationTestsOnSqlite(SqliteApp app) : AuthenticationTests(app), IClassFixture<SqliteApp>;

public sealed class AuthenticationTestsOnPostgres(PostgresApp app) : AuthenticationTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class AuthorizationTestsOnSqlite(SqliteApp app) : AuthorizationTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationTestsOnPostgres(PostgresApp app) : AuthorizationTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class SettingsPageTestsOnSqlite(SqliteApp app) : SettingsPageTests(app), IClassFixture<SqliteApp>;

public sealed class SettingsPageTestsOnPostgres(PostgresApp app) : SettingsPageTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class TimesheetPageTestsOnSqlite(SqliteApp app) : TimesheetPageTests(app), IClassFixture<SqliteApp>;

public sealed class TimesheetPageTestsOnPostgres(PostgresApp app) : TimesheetPageTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class TeamPageTestsOnSqlite(SqliteApp app) : TeamPageTests(app), IClassFixture<SqliteApp>;

public sealed class TeamPageTestsOnPostgres(PostgresApp app) : TeamPageTests(app.Required()), IClassFixture<PostgresApp>;
