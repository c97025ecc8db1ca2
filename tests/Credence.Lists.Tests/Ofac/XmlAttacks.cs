namespace Credence.Lists.Tests.Ofac;

/// <summary>Hostile XML documents for every XML reader's tests; "ROOT" is replaced by the reader's root element name.</summary>
public static class XmlAttacks
{
    /// <summary>Text of a file the external-entity attack points at: it must never show up in a result or an error.</summary>
    public const string Secret = "credence-secret-7f3a";

    private static readonly Lazy<string> SecretFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "credence-xxe-secret.txt");
        File.WriteAllText(path, Secret);
        return path;
    });

    public static TheoryData<string, string> Cases => new()
    {
        { "plain DOCTYPE", "<?xml version=\"1.0\"?><!DOCTYPE ROOT><ROOT/>" },
        { "external entity", $"<?xml version=\"1.0\"?><!DOCTYPE ROOT [<!ENTITY xxe SYSTEM \"file://{SecretFile.Value}\">]><ROOT>&xxe;</ROOT>" },
        { "external DTD", $"<?xml version=\"1.0\"?><!DOCTYPE ROOT SYSTEM \"file://{SecretFile.Value}\"><ROOT/>" },
        {
            "billion laughs",
            "<?xml version=\"1.0\"?><!DOCTYPE ROOT [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">" +
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">" +
            "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">" +
            "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">" +
            "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]><ROOT>&i;</ROOT>"
        },
    };
}
