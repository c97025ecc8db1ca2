using System.Globalization;
using Credence.Lists.Text;
using Credence.TestSupport;
using CsvHelper;

namespace Credence.Lists.Tests.Text;

/// <summary>The transliterator on the non-Latin names that real lists carry (UK OFSI list of 2025-04-10, a multi-script name set).</summary>
public sealed class ScriptAwareTransliteratorRealDataTests
{
    private const int NonLatinNameColumn = 7;
    private const int ScriptColumn = 8;
    private const int GroupTypeColumn = 28;

    private static readonly Lazy<List<(string Name, string Script, string Latin)>> UkNames = new(ReadUkNonLatinNames);

    [SharedDataFact]
    public void ToLatin_EveryNonLatinNameOnTheUkList_GivesAscii()
    {
        var names = UkNames.Value;

        Assert.True(names.Count > 1_000, $"{names.Count} non-Latin names");
        foreach (var (name, _, _) in names)
        {
            var latin = ScriptAwareTransliterator.Instance.ToLatin(name);
            Assert.True(latin.All(char.IsAscii), $"{name} -> {latin}");
        }
    }

    [SharedDataFact]
    public void ToLatin_ChineseNamesOfIndividualsOnTheUkList_OneTokenPerCharacterFoundInTheListedName()
    {
        var individuals = UkNames.Value.Where(n => n.Script == "Chinese" && n.Latin.Length > 0).ToList();
        var tokens = 0;
        var found = 0;

        foreach (var (name, _, listed) in individuals)
        {
            var syllables = ScriptAwareTransliterator.Instance.ToLatin(name).Split(' ');
            var joined = listed.Replace(" ", "", StringComparison.Ordinal);
            Assert.Equal(name.Length, syllables.Length);
            tokens += syllables.Length;
            found += syllables.Count(t => joined.Contains(t, StringComparison.OrdinalIgnoreCase));
        }

        // AnyAscii reads 勒 as "Lei" where the list has "Le": one polyphonic character in the set.
        Assert.True(individuals.Count >= 3 && found >= tokens - 1, $"{found} of {tokens} syllables found");
    }

    [SharedDataFact]
    public void ToLatin_BurmeseEntityOnTheUkList_RomanisedBySyllable()
    {
        var (name, _, _) = Assert.Single(UkNames.Value, n => n.Script == "Burmese");

        var latin = ScriptAwareTransliterator.Instance.ToLatin(name);

        Assert.StartsWith("Kin(Ng)Ywaing Ye(L) Tet", latin, StringComparison.Ordinal);
        Assert.True(latin.All(char.IsAscii), latin);
    }

    [SharedDataFact]
    public void ToLatin_PutinInManyScripts_GivesAsciiAndBurmeseBySyllable()
    {
        var lines = File.ReadAllLines(SharedData.Path("data", "matching", "putin_names_multiscript.txt"));

        Assert.All(lines, l => Assert.True(ScriptAwareTransliterator.Instance.ToLatin(l).All(char.IsAscii), l));
        Assert.Contains("Ba Lar Di Mi Yar Pu Tin", lines.Select(ScriptAwareTransliterator.Instance.ToLatin));
    }

    /// <summary>Rows of the UK list that carry a non-Latin name: that name, its script, and and for individuals the Latin name parts (Name 6, Name 1-5), else empty.</summary>
    private static List<(string Name, string Script, string Latin)> ReadUkNonLatinNames()
    {
        using var reader = new StreamReader(SharedData.Path("data", "uk", "ofsi_conlist_2025-04-10.converted.csv"));
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var names = new List<(string, string, string)>();
        var row = 0;
        while (parser.Read())
        {
            var record = parser.Record;
            if (row++ < 2 || record is null || record.Length <= ScriptColumn || record[NonLatinNameColumn].Length == 0) continue;
            var individual = record.Length > GroupTypeColumn && record[GroupTypeColumn] == "Individual";
            var latin = individual ? string.Join(' ', record.Take(6).Where(p => p.Length > 0)) : "";
            names.Add((record[NonLatinNameColumn], record[ScriptColumn], latin));
        }
        return names;
    }
}
