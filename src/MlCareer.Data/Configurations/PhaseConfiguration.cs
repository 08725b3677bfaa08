using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Projects;

namespace MlCareer.Data.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.Property(p => p.Notes).HasMaxLength(FieldLengths.Note);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.PlannedStart);
        builder.Property(p => p.PlannedEnd);
        builder.Property(p => p.ActualStart);
        builder.Property(p => p.ActualEnd);
        builder.Property(p => p.Status);
        builder.Property(p => p.Order);
        builder.Ignore(p => p.Planned);
        builder.Ignore(p => p.ForecastEnd);
        builder.HasMany(p => p.Periods).WithOne().HasForeignKey(p => p.PhaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProjectId, p.Order });
    }
}

internal sealed class PhasePeriodConfiguration : IEntityTypeConfiguration<PhasePeriod>
{
    public void Configure(EntityTypeBuilder<PhasePeriod> builder)
    {
        builder.Property(p => p.Label).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.Start);
        builder.Property(p => p.End);
        builder.Property(p => p.Share);
        builder.Ignore(p => p.Dates);
    }
}
