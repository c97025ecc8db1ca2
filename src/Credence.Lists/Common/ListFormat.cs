namespace Credence.Lists.Common;

/// <summary>The list file formats Credence reads. Detected from the content, so users never name it.</summary>
public enum ListFormat
{
    Unknown = 0,
    /// <summary>OFAC legacy CSV, sdn.csv (or cons_prim.csv) with optional add/alt/comments companions.</summary>
    OfacCsv,
    /// <summary>OFAC sdnList XML (sdn.xml, consolidated.xml).</summary>
    OfacXml,
    /// <summary>UN Security Council consolidated list XML.</summary>
    UnXml,
    /// <summary>UK OFSI consolidated list (ConList) CSV.</summary>
    UkOfsiCsv,
    /// <summary>UK OFSI consolidated list (ConList) XLSX workbook.</summary>
    UkOfsiXlsx,
    /// <summary>Canada SEMA consolidated autonomous sanctions list XML.</summary>
    CanadaSemaXml,
    /// <summary>EU Financial Sanctions Files XML, current "export/sanctionEntity" format.</summary>
    EuFsfXml,
    /// <summary>EU Financial Sanctions Files XML, 2016 legacy "WHOLE/ENTITY" format.</summary>
    EuFsfLegacyXml,
    /// <summary>EU names extract CSV (Name, Alias, Nationality, Designation, ...).</summary>
    EuNamesCsv,
    /// <summary>FollowTheMoney entities, one JSON object per line.</summary>
    FtmJson,
    /// <summary>OpenSanctions delta file: {"op": ..., "entity": {...}} per line.</summary>
    FtmDelta,
    /// <summary>OpenSanctions targets.simple.csv.</summary>
    OpenSanctionsSimpleCsv,
    /// <summary>Credence's plain watchlist CSV: name, schema, dob, country, identifier, notes.</summary>
    CustomCsv,
}
