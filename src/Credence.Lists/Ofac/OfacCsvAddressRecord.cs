using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>One row of add.csv / cons_add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks.</summary>
public sealed record OfacCsvAddressRecord(
    RawRecordRef Raw,
    int EntNum,
    string? AddNum,
    string? Address,
    string? CityStateProvincePostalCode,
    string? Country,
    string? Remarks);
