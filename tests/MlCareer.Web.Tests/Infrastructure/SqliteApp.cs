namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>The app on a SQLite file, shared by the tests of a class.</summary>
public sealed class SqliteApp : AppFixture;
