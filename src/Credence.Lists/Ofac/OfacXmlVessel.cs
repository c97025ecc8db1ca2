namespace Credence.Lists.Ofac;

/// <summary>The vesselInfo element of a vessel's sdnEntry.</summary>
public sealed record OfacXmlVessel(
    string? CallSign, string? VesselType, string? VesselFlag, string? VesselOwner, string? Tonnage, string? GrossRegisteredTonnage);
