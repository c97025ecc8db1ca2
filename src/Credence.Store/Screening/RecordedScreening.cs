using Credence.Store.Data;

namespace Credence.Store.Screening;

/// <summary>A screening as it was stored, with its hits in rank order.</summary>
public sealed record RecordedScreening(ScreeningRecord Record, IReadOnlyList<RecordedHit> Hits);
