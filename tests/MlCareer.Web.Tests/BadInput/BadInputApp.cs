using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>One app on a SQLite file for every bad-input property: a refused input stores nothing, so they can share it.</summary>
[CollectionDefinition(Name)]
public sealed class BadInputApp : ICollectionFixture<SqliteApp>
{
    public const string Name = "Bad input";

    public const string Admin = MlCareerWebFactory.AdminEmail;
    public const string Ana = "ana@mlcareer.example";
    public const string Ben = "ben@mlcareer.example";
    public const string Churn = "Customer churn prediction";
}
