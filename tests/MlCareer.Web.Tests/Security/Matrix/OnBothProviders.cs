using MlCareer.Data;

namespace MlCareer.Web.Tests.Security.Matrix;

public sealed class SqliteServiceMatrix() : ServiceMatrixApp(DatabaseProvider.Sqlite);

public sealed class PostgresServiceMatrix() : ServiceMatrixApp(DatabaseProvider.Postgres);

public sealed class ServiceMatrixTestsOnSqlite(SqliteServiceMatrix app) : ServiceMatrixTests(app), IClassFixture<SqliteServiceMatrix>;

public sealed class ServiceMatrixTestsOnPostgres(PostgresServiceMatrix app) : ServiceMatrixTests((ServiceMatrixApp)app.Required()), IClassFixture<PostgresServiceMatrix>;

public sealed class SqlitePageMatrix() : PageMatrixApp(DatabaseProvider.Sqlite);

public sealed class PostgresPageMatrix() : PageMatrixApp(DatabaseProvider.Postgres);

public sealed class PageMatrixTestsOnSqlite(SqlitePageMatrix app) : PageMatrixTests(app), IClassFixture<SqlitePageMatrix>;

public sealed class PageMatrixTestsOnPostgres(PostgresPageMatrix app) : PageMatrixTests((PageMatrixApp)app.Required()), IClassFixture<PostgresPageMatrix>;
