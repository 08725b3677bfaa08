using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>What the engine says about one engineer: the chart's weeks and the windows ahead.</summary>
public sealed record MyWorkload(EngineerWorkload Workload, WorkloadRules Rules, IsoWeek CurrentWeek, int PastWeeks)
{
    public LowWindow? NextWindow => Workload.Windows.Count > 0 ? Workload.Windows[0] : null;
}
