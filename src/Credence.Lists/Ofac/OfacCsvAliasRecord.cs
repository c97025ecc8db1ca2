using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>One row of alt.csv / cons_alt.csv: ent_num, alt_num, alt_type ("aka", "fka", "nka"), alt_name, alt_remarks.</summary>
public sealed record OfacCsvAliasRecord(
    RawRecordRef Raw,
    int EntNum,
    string? AltNum,
    string? AltType,
    string? AltName,
    string? Remarks);
