using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

public sealed class ProjectServiceTestsOnSqlite(SqliteApp app) : ProjectServiceTests(app), IClassFixture<SqliteApp>;

public sealed class ProjectServiceTestsOnPostgres(PostgresApp app) : ProjectServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class SettingsServiceTestsOnSqlite(SqliteApp app) : SettingsServiceTests(app), IClassFixture<SqliteApp>;

public sealed class SettingsServiceTestsOnPostgres(PostgresApp app) : SettingsServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class TimesheetServiceTestsOnSqlite(SqliteApp app) : TimesheetServiceTests(app), IClassFixture<SqliteApp>;

public sealed class TimesheetServiceTestsOnPostgres(PostgresApp app) : TimesheetServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class WhatIfServiceTestsOnSqlite(SqliteApp app) : WhatIfServiceTests(app), IClassFixture<SqliteApp>;

public sealed class WhatIfServiceTestsOnPostgres(PostgresApp app) : WhatIfServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class WorkloadServiceTestsOnSqlite(SqliteApp app) : WorkloadServiceTests(app), IClassFixture<SqliteApp>;

public sealed class WorkloadServiceTestsOnPostgres(PostgresApp app) : WorkloadServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class RulingsServiceTestsOnSqlite(SqliteApp app) : RulingsServiceTests(app), IClassFixture<SqliteApp>;

public sealed class RulingsServiceTestsOnPostgres(PostgresApp app) : RulingsServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class LatePhaseServiceTestsOnSqlite(SqliteApp app) : LatePhaseServiceTests(app), IClassFixture<SqliteApp>;

public sealed class LatePhaseServiceTestsOnPostgres(PostgresApp app) : LatePhaseServiceTests(app.Required()), IClassFixture<PostgresApp>;
