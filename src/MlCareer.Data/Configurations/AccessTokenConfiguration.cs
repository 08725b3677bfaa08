using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Security;

namespace MlCareer.Data.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Prefix).HasMaxLength(AccessToken.PrefixLength);
        builder.Property(t => t.Hash).HasMaxLength(AccessToken.HashLength);
        builder.Property(t => t.Access).HasConversion<string>().HasMaxLength(FieldLengths.Enum);
        builder.Ignore(t => t.CanWrite);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
