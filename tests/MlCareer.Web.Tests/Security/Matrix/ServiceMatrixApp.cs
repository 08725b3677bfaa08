using MlCareer.Data;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>The service matrix's app: one open circuit (<see cref="AsUser"/>) per actor.</summary>
public abstract class ServiceMatrixApp(DatabaseProvider provider) : MatrixApp(provider)
{
    private readonly Dictionary<Actor, AsUser> _sessions = [];

    public AsUser Session(Actor actor) => _sessions[actor];

    protected override async Task OpenSessionsAsync(MatrixWorld world)
    {
        foreach (var actor in Actors)
        {
            _sessions[actor] = actor == Actor.Anonymous ? AsUser.Anonymous(Factory) : await AsUser.SignInAsync(Factory, MatrixWorld.EmailOf(actor));
        }
    }

    protected override async ValueTask CloseSessionsAsync()
    {
        foreach (var session in _sessions.Values)
        {
            await session.DisposeAsync();
        }
    }
}
