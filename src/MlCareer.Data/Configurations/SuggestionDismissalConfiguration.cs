using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;
using MlCareer.Core.Suggestions;

namespace MlCareer.Data.Configurations;

internal sealed class SuggestionDismissalConfiguration : IEntityTypeConfiguration<SuggestionDismissal>
{
    public void Configure(EntityTypeBuilder<SuggestionDismissal> builder)
    {
        builder.Property(d => d.EngineerId);
        builder.Property(d => d.SideActivityId);
        builder.Property(d => d.WindowStart);
        builder.Property(d => d.WindowEnd);
        builder.Property(d => d.SnoozedUntil);
        builder.Property(d => d.On);
        builder.HasOne<EngineerProfile>().WithMany().HasForeignKey(d => d.EngineerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SideActivity>().WithMany().HasForeignKey(d => d.SideActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.EngineerId, d.SideActivityId });
    }
}
