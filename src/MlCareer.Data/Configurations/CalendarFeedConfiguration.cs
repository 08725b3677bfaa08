using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Security;

namespace MlCareer.Data.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.Hash).HasMaxLength(AccessToken.HashLength);
        builder.HasIndex(f => f.Hash).IsUnique();
        builder.HasIndex(f => f.UserId).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
