using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Notifications;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Security;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Data.Configurations;

namespace MlCareer.Data;

/// <summary>
/// The one context for Identity, planning data and the data-protection keys that sign cookies and
/// antiforgery tokens (kept here so that every node, and a redeployed one, reads the same key ring),
/// on SQLite (default) or PostgreSQL.
/// </summary>
/// <remarks>
/// Each provider keeps its migrations in its own assembly. After a model change, add both:
/// <code>
/// dotnet ef migrations add NAME --project src/MlCareer.Data.Sqlite --startup-project src/MlCareer.Data.Sqlite
/// dotnet ef migrations add NAME --project src/MlCareer.Data.Postgres --startup-project src/MlCareer.Data.Postgres
/// </code>
/// </remarks>
public sealed class MlCareerDbContext(DbContextOptions<MlCareerDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<EngineerProfile> Engineers => Set<EngineerProfile>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<PhasePeriod> PhasePeriods => Set<PhasePeriod>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<HourLog> HourLogs => Set<HourLog>();

    public DbSet<SideActivity> SideActivities => Set<SideActivity>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<PlanningSettings> PlanningSettings => Set<PlanningSettings>();

    public DbSet<SuggestionDismissal> SuggestionDismissals => Set<SuggestionDismissal>();

    public DbSet<NoticeRead> NoticeReads => Set<NoticeRead>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MlCareerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<IsoWeek>().HaveConversion<IsoWeekConverter>();
        configurationBuilder.Properties<Hours>().HaveConversion<HoursConverter>();
        configurationBuilder.Properties<Share>().HaveConversion<ShareConverter>();
        configurationBuilder.Properties<PhaseKind>().HaveConversion<string>().HaveMaxLength(FieldLengths.Enum);
        configurationBuilder.Properties<PhaseStatus>().HaveConversion<string>().HaveMaxLength(FieldLengths.Enum);
        configurationBuilder.Properties<ProjectStatus>().HaveConversion<string>().HaveMaxLength(FieldLengths.Enum);
        configurationBuilder.Properties<ActivityKind>().HaveConversion<string>().HaveMaxLength(FieldLengths.Enum);
        configurationBuilder.Properties<EngagementStatus>().HaveConversion<string>().HaveMaxLength(FieldLengths.Enum);
    }
}
