using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MlCareer.Data;
using MlCareer.Web.Components.Account;
using MlCareer.Web.Features;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Hosting;

public static class IdentityExtensions
{
    public const int PasswordMinLength = 12;
    public const int MaxFailedSignIns = 5;

    /// <summary>
    /// Cookie sign-in with roles, a 12-character password policy, and lockout after five failures. Every
    /// request's cookie and every service call is checked against the database (<see cref="AccountDirectory"/>).
    /// </summary>
    public static WebApplicationBuilder AddMlCareerIdentity(this WebApplicationBuilder builder)
    {
        // Plain HTTP on localhost in Development and tests; everywhere else the cookies need HTTPS (TLS may end at a proxy).
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddSingleton<AccountDirectory>();
        builder.Services.AddSingleton<SignInGate>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = secure);

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.Events.OnValidatePrincipal = AccountCookieValidator.ValidatePrincipalAsync;
        });
        builder.Services.AddAuthorization();

        builder.Services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = PasswordMinLength;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MlCareerDbContext>()
            .AddUserManager<ClockedUserManager>()
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        return builder;
    }
}
