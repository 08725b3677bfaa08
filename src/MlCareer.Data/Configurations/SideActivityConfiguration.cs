using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Activities;

namespace MlCareer.Data.Configurations;

internal sealed class SideActivityConfiguration : IEntityTypeConfiguration<SideActivity>
{
    public void Configure(EntityTypeBuilder<SideActivity> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(FieldLengths.Key);
        builder.Property(a => a.Title).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.TitleZh).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(a => a.DescriptionZh).HasMaxLength(FieldLengths.Description);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.Skills).ElementType(t => t.HasMaxLength(FieldLengths.Skill));
        builder.OwnsMoney(a => a.PayPerHour, "PayPerHour");
        builder.HasIndex(a => a.Key).IsUnique();
    }
}
