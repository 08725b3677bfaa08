using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Teams;

public sealed class TeamAdminServiceTestsOnSqlite(SqliteApp app) : TeamAdminServiceTests(app), IClassFixture<SqliteApp>;

public sealed class TeamAdminServiceTestsOnPostgres(PostgresApp app) : TeamAdminServiceTests(app.Required()), IClassFixture<PostgresApp>;
