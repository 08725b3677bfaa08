using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Import;

public sealed class ImportServiceTestsOnSqlite(SqliteApp app) : ImportServiceTests(app), IClassFixture<SqliteApp>;

public sealed class ImportServiceTestsOnPostgres(PostgresApp app) : ImportServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class ImportFileTestsOnSqlite(SqliteApp app) : ImportFileTests(app), IClassFixture<SqliteApp>;

public sealed class ImportFileTestsOnPostgres(PostgresApp app) : ImportFileTests(app.Required()), IClassFixture<PostgresApp>;
