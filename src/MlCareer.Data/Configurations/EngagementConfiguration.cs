using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;

namespace MlCareer.Data.Configurations;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.Property(e => e.OutcomeLink).HasMaxLength(FieldLengths.Url);
        builder.Property(e => e.OutcomeNote).HasMaxLength(FieldLengths.Note);
        builder.Property(e => e.Start);
        builder.Property(e => e.End);
        builder.Property(e => e.Status);
        builder.Property(e => e.CompletedOn);
        builder.Property(e => e.DroppedOn);
        builder.Ignore(e => e.Dates);
        builder.Ignore(e => e.CountedDates);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsMoney(e => e.MoneyEarned, "MoneyEarned");
        builder.HasOne<EngineerProfile>().WithMany().HasForeignKey(e => e.EngineerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SideActivity>().WithMany().HasForeignKey(e => e.SideActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.EngineerId, e.Start });
    }
}
