using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.TeamWorkload;

public sealed class TeamServiceTestsOnSqlite(SqliteApp app) : TeamServiceTests(app), IClassFixture<SqliteApp>;

public sealed class TeamServiceTestsOnPostgres(PostgresApp app) : TeamServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class TeamMemberServiceTestsOnSqlite(SqliteApp app) : TeamMemberServiceTests(app), IClassFixture<SqliteApp>;

public sealed class TeamMemberServiceTestsOnPostgres(PostgresApp app) : TeamMemberServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class ProjectTeamPickerTestsOnSqlite(SqliteApp app) : ProjectTeamPickerTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectTeamPickerTestsOnPostgres(PostgresApp app) : ProjectTeamPickerTests(app.Required()), IClassFixture<PostgresApp>;
