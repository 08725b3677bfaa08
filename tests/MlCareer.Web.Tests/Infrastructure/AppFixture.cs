namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>One running app (and database) shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public MlCareerWebFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
