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
        builder.Property(a => a.Link).HasMaxLength(FieldLengths.Url);
        builder.Property(a => a.Industry).HasMaxLength(FieldLengths.Industry);
        builder.Property(a => a.Benefits).HasConversion<string>().HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.Skills).ElementType(t => t.HasMaxLength(FieldLengths.Skill));
        builder.ComplexProperty(a => a.HoursPerWeek, hours =>
        {
            hours.Property(h => h.Min).HasColumnName("MinHoursPerWeek");
            hours.Property(h => h.Max).HasColumnName("MaxHoursPerWeek");
        });
        builder.ComplexProperty(a => a.Commitment, commitment =>
        {
            commitment.Property(c => c.Shape).HasColumnName("CommitmentShape").HasConversion<string>().HasMaxLength(FieldLengths.Enum);
            commitment.Property(c => c.Weeks).HasColumnName("CommitmentWeeks");
        });
        builder.ComplexProperty(a => a.Pay, pay =>
        {
            pay.Property(p => p.Basis).HasColumnName("PayBasis").HasConversion<string>().HasMaxLength(FieldLengths.Enum);
            pay.Property(p => p.Amount).HasColumnName("PayAmount").HasPrecision(18, 2);
            pay.Property(p => p.Currency).HasColumnName("PayCurrency").HasMaxLength(Money.CurrencyLength);
        });
        builder.HasIndex(a => a.Key).IsUnique();
    }
}
