namespace Credence.Lists.OpenSanctions;

/// <summary>What one JSON line turned out to be.</summary>
internal enum FtmLineOutcome
{
    /// <summary>Empty or whitespace only: ignored.</summary>
    Blank = 0,
    /// <summary>A usable record.</summary>
    Record,
    /// <summary>Valid JSON, but not a usable record (an array, a number, an object without an id). Reported.</summary>
    NotRecord,
    /// <summary>Not valid JSON (truncated, garbage, too deep). Reported.</summary>
    Invalid,
}
