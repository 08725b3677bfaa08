using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Engineers;
using MlCareer.Core.Teams;

namespace MlCareer.Data.Configurations;

internal sealed class EngineerProfileConfiguration : IEntityTypeConfiguration<EngineerProfile>
{
    public void Configure(EntityTypeBuilder<EngineerProfile> builder)
    {
        builder.ToTable("Engineers");
        builder.Property(e => e.DisplayName).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.HomeIndustry).HasMaxLength(FieldLengths.Industry);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(e => e.Interests).ElementType(t => t.HasConversion<string>());
        builder.PrimitiveCollection(e => e.Dislikes).ElementType(t => t.HasConversion<string>());
        builder.PrimitiveCollection(e => e.Skills).ElementType(t => t.HasMaxLength(FieldLengths.Skill));
        builder.PrimitiveCollection(e => e.SkillsToLearn).ElementType(t => t.HasMaxLength(FieldLengths.Skill));
        builder.OwnsMoney(e => e.MinimumFreelanceRate, "MinimumFreelanceRate");
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<EngineerProfile>(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}
