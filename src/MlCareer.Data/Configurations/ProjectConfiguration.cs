using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;

namespace MlCareer.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Description).HasMaxLength(FieldLengths.Description);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Status);
        builder.Property(p => p.StartDate);
        builder.Property(p => p.ArchivedOn);
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Phases).WithOne().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Assignments).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.TeamId);
    }
}
