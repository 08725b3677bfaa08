using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;

namespace MlCareer.Data.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<EngineerProfile>().WithMany().HasForeignKey(a => a.EngineerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProjectId, a.EngineerId }).IsUnique();
        builder.HasIndex(a => a.EngineerId);
    }
}
