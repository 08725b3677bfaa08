using MlCareer.Data;

namespace MlCareer.Web.Features.Settings;

/// <summary>The organisation's planning rules, edited by admins.</summary>
public sealed class SettingsService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser)
{
    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly CurrentUser _currentUser = currentUser;
}
