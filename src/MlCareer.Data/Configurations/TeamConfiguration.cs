using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Teams;

namespace MlCareer.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
