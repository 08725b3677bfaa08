using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Engineers;
using MlCareer.Core.Notifications;

namespace MlCareer.Data.Configurations;

internal sealed class NoticeReadConfiguration : IEntityTypeConfiguration<NoticeRead>
{
    public void Configure(EntityTypeBuilder<NoticeRead> builder)
    {
        builder.Property(n => n.Key).HasMaxLength(NoticeBoard.MaxKeyLength);
        builder.HasOne<EngineerProfile>().WithMany().HasForeignKey(n => n.EngineerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.EngineerId, n.Key }).IsUnique();
    }
}
