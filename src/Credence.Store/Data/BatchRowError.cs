namespace Credence.Store.Data;

/// <summary>A row of a batch input that could not be screened, and why.</summary>
public sealed class BatchRowError
{
    public long Id { get; set; }

    public long BatchJobId { get; set; }

    /// <summary>The row number in the input (1 = first data row).</summary>
    public int Row { get; set; }

    public required string Message { get; set; }
}
