namespace Credence.Lists.Common;

/// <summary>The list sources Credence knows, with the publishers' official addresses.</summary>
public static class ListSources
{
    public static readonly ListSource OfacSdn = new("ofac-sdn", "OFAC Specially Designated Nationals (SDN)", "us",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV");
    public static readonly ListSource OfacConsolidated = new("ofac-cons", "OFAC Consolidated (non-SDN)", "us",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML");
    public static readonly ListSource UnSc = new("un-sc", "UN Security Council Consolidated List", "un",
        "https://scsanctions.un.org/resources/xml/en/consolidated.xml");
    public static readonly ListSource EuFsf = new("eu-fsf", "EU Financial Sanctions Files (FSF)", "eu",
        "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw");
    public static readonly ListSource UkOfsi = new("uk-ofsi", "UK OFSI Consolidated List", "gb",
        "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv");
    public static readonly ListSource CaSema = new("ca-sema", "Canada SEMA Consolidated Autonomous Sanctions List", "ca",
        "https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml");
    public static readonly ListSource OpenSanctions = new("opensanctions", "OpenSanctions", "",
        "https://data.opensanctions.org/datasets/latest/sanctions/targets.simple.csv");
    public static readonly ListSource Custom = new("custom", "Custom watchlist", "", null);

    /// <summary>Credence's own embedded demo list; kept apart from real imports so that importing a list never mixes with it.</summary>
    public static readonly ListSource Demo = new("credence-demo", "Credence demo list (Myanmar junta leaders and conglomerates)", "", null);

    public static IReadOnlyList<ListSource> All { get; } = [OfacSdn, OfacConsolidated, UnSc, EuFsf, UkOfsi, CaSema, OpenSanctions, Custom, Demo];

    /// <summary>The source with that id, or null.</summary>
    public static ListSource? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
