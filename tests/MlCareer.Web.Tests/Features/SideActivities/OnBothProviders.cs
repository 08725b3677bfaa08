using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features.SideActivities;

public sealed class ActivityServiceTestsOnSqlite(SqliteApp app) : ActivityServiceTests(app), IClassFixture<SqliteApp>;

public sealed class ActivityServiceTestsOnPostgres(PostgresApp app) : ActivityServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class CatalogServiceTestsOnSqlite(SqliteApp app) : CatalogServiceTests(app), IClassFixture<SqliteApp>;

public sealed class CatalogServiceTestsOnPostgres(PostgresApp app) : CatalogServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class NotificationServiceTestsOnSqlite(SqliteApp app) : NotificationServiceTests(app), IClassFixture<SqliteApp>;

public sealed class NotificationServiceTestsOnPostgres(PostgresApp app) : NotificationServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class PreferencesServiceTestsOnSqlite(SqliteApp app) : PreferencesServiceTests(app), IClassFixture<SqliteApp>;

public sealed class PreferencesServiceTestsOnPostgres(PostgresApp app) : PreferencesServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class SuggestionServiceTestsOnSqlite(SqliteApp app) : SuggestionServiceTests(app), IClassFixture<SqliteApp>;

public sealed class SuggestionServiceTestsOnPostgres(PostgresApp app) : SuggestionServiceTests(app.Required()), IClassFixture<PostgresApp>;

public sealed class AcceptCheckTestsOnSqlite(SqliteApp app) : AcceptCheckTests(app), IClassFixture<SqliteApp>;

public sealed class AcceptCheckTestsOnPostgres(PostgresApp app) : AcceptCheckTests(app.Required()), IClassFixture<PostgresApp>;
