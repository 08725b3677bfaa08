using MlCareer.Data;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// One app for a matrix class: the demo data plus <see cref="MatrixWorld"/>, seeded once. Subclasses open the
/// actors' sessions once (before the deactivated actor is deactivated) and reuse them for every cell.
/// </summary>
public abstract class MatrixApp(DatabaseProvider provider) : AppFixture(provider), IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MatrixWorld? _world;

    public static IReadOnlyList<Actor> Actors { get; } = Enum.GetValues<Actor>();

    /// <summary>The seeded world with every session open; the deactivated actor is deactivated by then.</summary>
    public async Task<MatrixWorld> WorldAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_world is null)
            {
                var world = await MatrixWorld.SeedAsync(Factory);
                await OpenSessionsAsync(world);
                await using var admin = await AsUser.SignInAsync(Factory, MlCareerWebFactory.AdminEmail);
                var dana = await Accounts.FindAsync(Factory, MatrixWorld.Deactivated);
                var deactivated = await admin.Service<AccountAdminService>().DeactivateAsync(dana.Id, TestContext.Current.CancellationToken);
                Assert.True(deactivated.Succeeded, "The matrix could not deactivate its deactivated actor.");
                _world = world;
            }

            return _world;
        }
        finally
        {
            _gate.Release();
        }
    }

    public new async ValueTask DisposeAsync()
    {
        await CloseSessionsAsync();
        _gate.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Signs every actor in while all accounts are still active.</summary>
    protected abstract Task OpenSessionsAsync(MatrixWorld world);

    protected abstract ValueTask CloseSessionsAsync();
}
