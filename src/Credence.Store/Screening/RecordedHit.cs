using Credence.Core.Matching;
using Credence.Store.Data;

namespace Credence.Store.Screening;

/// <summary>One hit of a recorded screening: the engine's hit, its stored row and what became of it.</summary>
/// <param name="Hit">The hit with its entity and explanation.</param>
/// <param name="Row">The stored row (its id, alert id and suppression are set).</param>
/// <param name="Disposition">New alert, existing alert, suppressed or already confirmed.</param>
/// <param name="Alert">The alert it raised or joined, or for a suppressed hit the false-positive alert that suppresses it.</param>
public sealed record RecordedHit(ScreeningHit Hit, ScreeningHitRecord Row, HitDisposition Disposition, Alert? Alert);
