using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>
/// One row of OFAC's legacy sdn.csv or cons_prim.csv, as published: the 12 columns, with OFAC's "-0-" empty marker turned into null and
/// surrounding spaces trimmed. Nothing is interpreted.
/// </summary>
public sealed record OfacCsvRecord(
    RawRecordRef Raw,
    int EntNum,
    string Name,
    string? Type,
    string? Program,
    string? Title,
    string? CallSign,
    string? VesselType,
    string? Tonnage,
    string? GrossRegisteredTonnage,
    string? VesselFlag,
    string? VesselOwner,
    string? Remarks);
