using Credence.Core.Matching;

namespace Credence.Store.Screening;

/// <summary>A hit about to raise an alert, offered to <see cref="ScreeningRequest.Cause"/> to say why.</summary>
/// <param name="Hit">The engine's hit.</param>
/// <param name="RecordHash">The fingerprint of the entity's list record.</param>
public sealed record RecordedHitCandidate(ScreeningHit Hit, string RecordHash);
