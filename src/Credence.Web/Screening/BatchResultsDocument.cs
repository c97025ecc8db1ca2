namespace Credence.Web.Screening;

/// <summary>The JSON download of a batch: the job's id and status, then its rows in input order.</summary>
public sealed record BatchResultsDocument(long JobId, string Status, int TotalRows, int ProcessedRows, IAsyncEnumerable<BatchResultRow> Rows);
