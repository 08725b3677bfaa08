using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Involvement;

namespace MlCareer.Data.Configurations;

internal sealed class PlanningSettingsConfiguration : IEntityTypeConfiguration<PlanningSettings>
{
    public void Configure(EntityTypeBuilder<PlanningSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.OwnsMany(s => s.PhaseShares, share =>
        {
            share.ToTable("PhaseShares");
            share.WithOwner().HasForeignKey("PlanningSettingsId");
            share.HasKey("PlanningSettingsId", nameof(PhaseShare.Kind));
        });
    }
}
