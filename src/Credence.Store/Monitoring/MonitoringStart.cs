using Credence.Store.Data;
using Credence.Store.Screening;

namespace Credence.Store.Monitoring;

/// <summary>A subject just put under monitoring and its first screening.</summary>
/// <param name="Subject">The stored subject (its <see cref="MonitoredSubject.LastScreeningId"/> is the first screening).</param>
/// <param name="Screening">The first screening, against the whole corpus, with its hits.</param>
public sealed record MonitoringStart(MonitoredSubject Subject, RecordedScreening Screening);
