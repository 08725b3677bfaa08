using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;
using MlCareer.Web.Features;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// Feature services built as a circuit would build them for a signed-in demo user, so tests can call
/// them directly — the way a crafted circuit call would — and see what the server allows. The circuit
/// keeps the claims of its sign-in, as a real open tab does, while the account may change underneath.
/// </summary>
public sealed class AsUser : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly CurrentUser _currentUser;

    private AsUser(AsyncServiceScope scope, CurrentUser currentUser, string userId)
    {
        _scope = scope;
        _currentUser = currentUser;
        UserId = userId;
    }

    public string UserId { get; }

    /// <summary>Who the services of this session see as the caller.</summary>
    public CurrentUser CurrentUser => _currentUser;

    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<AsUser> SignInAsync(MlCareerWebFactory factory, string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");

        // The principal a sign-in cookie would carry: id, name, roles and the security stamp of this moment.
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return Open(scope, principal, user.Id);
    }

    /// <summary>A circuit nobody signed in to: its principal is unauthenticated, as a crafted call without a cookie would be.</summary>
    public static AsUser Anonymous(MlCareerWebFactory factory) =>
        Open(factory.Services.CreateAsyncScope(), new ClaimsPrincipal(new ClaimsIdentity()), string.Empty);

    /// <summary>A feature service of type <typeparamref name="T"/> acting for this user; extra arguments replace services.</summary>
    public T Service<T>(params object[] overrides) => ActivatorUtilities.CreateInstance<T>(_scope.ServiceProvider, [_currentUser, .. overrides]);

    /// <summary>A service of type <typeparamref name="T"/> as the app composes it inside this user's circuit (services built on services too).</summary>
    public T Resolve<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public MlCareerDbContext Db() => _scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MlCareerDbContext>>().CreateDbContext();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();

    private static AsUser Open(AsyncServiceScope scope, ClaimsPrincipal principal, string userId)
    {
        // The circuit's own provider carries the principal too, so services the app resolves in this scope see the same caller.
        var state = Task.FromResult(new AuthenticationState(principal));
        if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(state);
        }

        var currentUser = ActivatorUtilities.CreateInstance<CurrentUser>(scope.ServiceProvider, new FixedAuthenticationState(principal));
        return new AsUser(scope, currentUser, userId);
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
