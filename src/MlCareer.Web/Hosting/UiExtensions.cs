using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using MlCareer.Web.Components;
using MlCareer.Web.Components.Account;
using MlCareer.Web.Endpoints;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Backup;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Catalog;
using MlCareer.Web.Features.Home;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Preferences;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Features.Teams;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace MlCareer.Web.Hosting;

public static class UiExtensions
{
    /// <summary>Razor components on interactive server, MudBlazor, two languages, and the feature services.</summary>
    public static WebApplicationBuilder AddMlCareerUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        // Chinese text is written as characters, not numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddTransient<MudLocalizer, ResXMudLocalizer>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.Default)
                .AddSupportedCultures([.. Cultures.Supported])
                .AddSupportedUICultures([.. Cultures.Supported]);
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        builder.Services.AddScoped<RequestScope>();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped(RequestScope.CallerOf);
        builder.Services.AddScoped<HomeService>();
        builder.Services.AddScoped<UserAdminService>();
        builder.Services.AddScoped<AccountAdminService>();
        builder.Services.AddScoped<CapacityAdminService>();
        builder.Services.AddScoped<ProjectService>();
        builder.Services.AddScoped<PhaseService>();
        builder.Services.AddScoped<AssignmentService>();
        builder.Services.AddScoped<WhatIfService>();
        builder.Services.AddScoped<TimesheetService>();
        builder.Services.AddScoped<SettingsService>();
        builder.Services.AddSingleton<WorkloadReader>();
        builder.Services.AddScoped<WorkloadService>();
        builder.Services.AddScoped<PreferencesService>();
        builder.Services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BackupStore>();
        builder.Services.AddScoped<BackupService>();
        builder.Services.AddScoped<CatalogService>();
        builder.Services.AddSingleton<SuggestionContextLoader>();
        builder.Services.AddSingleton<SettingsCache>();
        builder.Services.AddSingleton<SuggestionContexts>();
        builder.Services.AddScoped<SuggestionService>();
        builder.Services.AddScoped<ActivityService>();
        builder.Services.AddScoped<NotificationService>();
        builder.Services.AddScoped<TabWrites>();
        builder.Services.AddScoped<CircuitHandler>(services => services.GetRequiredService<TabWrites>());
        builder.Services.AddScoped<TeamService>();
        builder.Services.AddScoped<TeamMemberService>();
        builder.Services.AddScoped<TeamAdminService>();
        builder.AddMlCareerDiagnostics();
        return builder;
    }

    public static WebApplication MapMlCareerUi(this WebApplication app)
    {
        app.MapStaticAssets();
        // Circuits' messages go uncompressed: deflate took about 4% of the server's CPU per visit and keeps a
        // compressor per open tab; render batches are small and binary.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
        app.MapAccountEndpoints();
        app.MapCultureEndpoints();
        app.MapBackupEndpoints();
        app.MapDiagnosticsEndpoints();
        return app;
    }
}
