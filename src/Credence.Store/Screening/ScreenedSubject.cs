using Credence.Core.Matching;
using Credence.Core.Networks;

namespace Credence.Store.Screening;

/// <summary>A subject screened but not yet stored (see <see cref="ScreeningRecorder.Screen"/>).</summary>
/// <param name="Request">What was asked.</param>
/// <param name="SubjectKey">The subject's key for suppressions.</param>
/// <param name="Threshold">The threshold applied.</param>
/// <param name="Hits">The hits, best first.</param>
/// <param name="RecordHashes">The fingerprint of each hit's list record, in the same order.</param>
/// <param name="Links">For each hit, in the same order, its link when it is a linked hit, or null for a direct hit.</param>
public sealed record ScreenedSubject(
    ScreeningRequest Request,
    string SubjectKey,
    double Threshold,
    IReadOnlyList<ScreeningHit> Hits,
    IReadOnlyList<string> RecordHashes,
    IReadOnlyList<LinkedHit?> Links);
