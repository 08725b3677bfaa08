using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Reliability;

public sealed class TimesheetLoadTestsOnSqlite(SqliteApp app) : TimesheetLoadTests(app), IClassFixture<SqliteApp>;

public sealed class TimesheetLoadTestsOnPostgres(PostgresApp app) : TimesheetLoadTests(app.Required()), IClassFixture<PostgresApp>;
