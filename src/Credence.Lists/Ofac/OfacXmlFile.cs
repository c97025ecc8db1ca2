namespace Credence.Lists.Ofac;

/// <summary>What an sdnList XML file holds: its publshInformation (Publish_Date, Record_Count, as text) and its entries.</summary>
public sealed record OfacXmlFile(string? PublishDate, string? RecordCount, IReadOnlyList<OfacXmlRecord> Entries);
