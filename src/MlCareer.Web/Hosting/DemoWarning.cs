using Microsoft.Extensions.Options;
using MlCareer.Data.Seeding;

namespace MlCareer.Web.Hosting;

/// <summary>Says loudly, at start, when a non-Development app runs the demo: its password is in the README.</summary>
public static partial class DemoWarning
{
    public static WebApplication WarnWhenDemoIsPublic(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment() && app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            LogPublicDemo(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoWarning)),
                app.Environment.EnvironmentName, DemoPlan.AdminEmail);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "DEMO MODE IN {Environment}: Demo:Enabled is true, so the demo accounts (admin {DemoAdmin} and the demo team) " +
                  "sign in with the PUBLIC password printed in the README. Anyone can sign in as an admin. " +
                  "Set Demo:Enabled=false and delete or deactivate the demo accounts before real use.")]
    private static partial void LogPublicDemo(ILogger logger, string environment, string demoAdmin);
}
