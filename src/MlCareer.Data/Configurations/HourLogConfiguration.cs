using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Data.Configurations;

internal sealed class HourLogConfiguration : IEntityTypeConfiguration<HourLog>
{
    public void Configure(EntityTypeBuilder<HourLog> builder)
    {
        builder.Property(h => h.Note).HasMaxLength(FieldLengths.Note);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasOne<EngineerProfile>().WithMany().HasForeignKey(h => h.EngineerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Phase>().WithMany().HasForeignKey(h => h.PhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.EngineerId, h.Week, h.PhaseId }).IsUnique();
        builder.HasIndex(h => h.PhaseId);
    }
}
