using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>A window of a teammate (same team), from <paramref name="Start"/> to <paramref name="End"/>, ISO weeks included.</summary>
public sealed record TeammateWindow(int EngineerId, string Name, IsoWeek Start, IsoWeek End);
