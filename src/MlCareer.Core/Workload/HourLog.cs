using MlCareer.Core.Common;

namespace MlCareer.Core.Workload;

/// <summary>Hours an engineer actually spent on one phase in one ISO week.</summary>
public sealed class HourLog : IVersioned
{
    public int Id { get; set; }

    public int EngineerId { get; set; }

    public int PhaseId { get; set; }

    public IsoWeek Week { get; set; }

    public Hours Hours { get; set; }

    public string? Note { get; set; }

    public Guid Version { get; set; }
}
