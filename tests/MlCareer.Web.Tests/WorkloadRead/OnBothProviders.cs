using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.WorkloadRead;

public sealed class WorkloadReaderTestsOnSqlite(SqliteApp app) : WorkloadReaderTests(app), IClassFixture<SqliteApp>;

public sealed class WorkloadReaderTestsOnPostgres(PostgresApp app) : WorkloadReaderTests(app.Required()), IClassFixture<PostgresApp>;
