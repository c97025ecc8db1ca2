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
/// <param name="QueryJson">The query as stored (<see cref="Data.ScreeningRecord.QueryJson"/>).</param>
/// <param name="OptionsJson">Threshold, limit and matching options as stored (<see cref="Data.ScreeningRecord.OptionsJson"/>).</param>
/// <param name="ExplanationsJson">Each hit's explanation as stored, in the same order.</param>
public sealed record ScreenedSubject(
    ScreeningRequest Request,
    string SubjectKey,
    double Threshold,
    IReadOnlyList<ScreeningHit> Hits,
    IReadOnlyList<string> RecordHashes,
    IReadOnlyList<LinkedHit?> Links,
    string QueryJson,
    string OptionsJson,
    IReadOnlyList<string> ExplanationsJson);
