namespace Credence.Store.Monitoring;

/// <summary>What re-screening the monitored subjects against one snapshot's delta did.</summary>
/// <param name="SnapshotId">The snapshot whose delta was screened.</param>
/// <param name="Source">Its list source id.</param>
/// <param name="Entities">Entities in the delta index (added and changed; all of them for a first snapshot).</param>
/// <param name="Subjects">Active monitored subjects re-screened (0 when the delta was empty or nobody is monitored).</param>
/// <param name="NewAlerts">Alerts raised; hits joining an open alert or suppressed by a decision raise none.</param>
public sealed record MonitoringRun(long SnapshotId, string Source, int Entities, int Subjects, int NewAlerts);
