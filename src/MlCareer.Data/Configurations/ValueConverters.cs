using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MlCareer.Data.Configurations;

/// <summary>Stores an ISO week as its sortable key (2026-W48 as 202648), so weeks order and range in SQL.</summary>
public sealed class IsoWeekConverter() : ValueConverter<IsoWeek, int>(w => w.Key, k => IsoWeek.FromKey(k));

public sealed class HoursConverter() : ValueConverter<Hours, double>(h => h.Value, v => new Hours(v));

public sealed class ShareConverter() : ValueConverter<Share, double>(s => s.Value, v => new Share(v));
