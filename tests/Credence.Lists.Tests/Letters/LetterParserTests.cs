using System.Text;
using Credence.Lists.Letters;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Letters;

public sealed class LetterParserTests
{
    private static readonly Lazy<ParsedLetter> RealLetter = new(() =>
    {
        using var stream = File.OpenRead(SharedData.Path("letters", "2021-11-22-interpol-myanmar-open-letter.txt"));
        return LetterParser.Parse(stream);
    });

    // Written by us: the shape of a sign-on letter, with made-up organisations.
    private const string Header = """
        3 March 2025

        To: The Chair of the Board; the Members of the Board

        Subject: Keep the assembly open to independent observers

        Dear Chair Ana Lopez
        Board Members Tom Reyes and Mia Chen
        and the Secretariat

        We, the undersigned 4 organisations, ask the Board to reconsider.

        We call on the Board to:

        - Publish the agenda.
        - Admit observers.

        For more information, please contact:

        Ana Ruiz, Open Assembly Network, ana@example.org

        Signed by:

        """;

    [SharedDataFact]
    public void Parse_RealLetter_Has259SignatoriesMatchingTheStatedCount()
    {
        var letter = RealLetter.Value;

        Assert.Equal(259, letter.ParsedCount);
        Assert.Equal(259, letter.StatedCount);
        Assert.Equal(259, letter.Signatories.Count);
        Assert.Equal(Enumerable.Range(1, 259), letter.Signatories.Select(s => s.Number));
        Assert.Empty(letter.Problems);
    }

    [SharedDataFact]
    public void Parse_RealLetter_JoinsNo183AcrossItsWrappedLine()
    {
        var letter = RealLetter.Value;

        var joined = Assert.Single(letter.Signatories, s => s.Name.StartsWith("MINBYUN", StringComparison.Ordinal));
        Assert.Equal("MINBYUN - Lawyers for a Democratic Society International Solidarity Committee", joined.Name);
        Assert.Equal(183, joined.Number);
        Assert.DoesNotContain(letter.Signatories, s => s.Name == "Committee");
    }

    [SharedDataFact]
    public void Parse_RealLetter_ReadsTitleDateContactsAndDemands()
    {
        var letter = RealLetter.Value;

        Assert.Equal("Call on INTERPOL to ban the illegal junta from representing Myanmar at its General Assembly", letter.Title);
        Assert.Equal(new DateOnly(2021, 11, 22), letter.Date);
        Assert.Equal(3, letter.Contacts.Count);
        Assert.All(letter.Contacts, c => Assert.Contains("@", c.Email ?? "", StringComparison.Ordinal));
        Assert.Equal(new LetterContact("Khin Ohmar", "Progressive Voice", "info@progressive-voice.org"), letter.Contacts[0]);
        Assert.Equal(3, letter.Demands.Count);
        Assert.StartsWith("Ban the Myanmar military junta", letter.Demands[0], StringComparison.Ordinal);
        Assert.DoesNotContain(letter.Demands, d => d.StartsWith('-'));
        Assert.Equal("8888 Generation (New Zealand)", letter.Signatories[0].Name);
        Assert.Equal("Youth Resource Development Program (YRDP)", letter.Signatories[^1].Name);
    }

    [SharedDataFact]
    public void Parse_RealLetter_OneAddresseePerPersonOrBody()
    {
        var letter = RealLetter.Value;

        Assert.Equal(13, letter.Addressees.Count);
        Assert.Equal("INTERPOL President Kim Jong Yang", letter.Addressees[0]);
        Assert.Equal(2, letter.Addressees.Count(a => a.StartsWith("INTERPOL Vice President ", StringComparison.Ordinal)));
        Assert.Equal("INTERPOL Vice President Šárka Havránková", letter.Addressees[2]);
        Assert.Equal("INTERPOL General Secretary Jürgen Stock", letter.Addressees[3]);
        Assert.Equal(8, letter.Addressees.Count(a => a.StartsWith("INTERPOL Executive Committee Delegate ", StringComparison.Ordinal)));
        Assert.Equal("Member Countries", letter.Addressees[^1]);
    }

    [SharedDataFact]
    public void Parse_RealLetter_ReportsKarenAndKarenniPairsForAPersonToDecide()
    {
        var letter = RealLetter.Value;

        // Karen and Karenni are different peoples: the pairs are reported, never merged.
        Assert.Contains(letter.NearDuplicates, p => p.SequenceEqual(["Karen Human Rights Group", "Karenni Human Rights Group"]));
        Assert.All(letter.NearDuplicates, p => Assert.Equal(2, p.Count));
        Assert.Contains(letter.Signatories, s => s.Name == "Karen Human Rights Group");
        Assert.Contains(letter.Signatories, s => s.Name == "Karenni Human Rights Group");
    }

    [Fact]
    public void Parse_HandWrittenLetter_ReadsEveryPart()
    {
        var letter = LetterParser.Parse(Header + "1. Alpha Rights Watch\n2. Beta Forum\n3. Gamma Voices\n4. Delta Legal Aid\n");

        Assert.Equal("Keep the assembly open to independent observers", letter.Title);
        Assert.Equal(new DateOnly(2025, 3, 3), letter.Date);
        Assert.Equal(["Chair Ana Lopez", "Board Member Tom Reyes", "Board Member Mia Chen", "the Secretariat"], letter.Addressees);
        Assert.Equal(["Publish the agenda.", "Admit observers."], letter.Demands);
        Assert.Equal([new LetterContact("Ana Ruiz", "Open Assembly Network", "ana@example.org")], letter.Contacts);
        Assert.Equal(["Alpha Rights Watch", "Beta Forum", "Delta Legal Aid", "Gamma Voices"], letter.Signatories.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], letter.Signatories.Select(s => s.Number));
        Assert.Empty(letter.Problems);
    }

    [Fact]
    public void Parse_WrappedLinesAcrossPageBreak_JoinedIntoOneName()
    {
        var letter = LetterParser.Parse(
            Header + "1. Alpha Rights Watch for the\n\n\nProtection of [Defenders](https://example.org)\n2. Beta Human Rights Defend-\ners Network\n3. Gamma Voices\n4. Delta Legal Aid\n");

        Assert.Equal(4, letter.ParsedCount);
        Assert.Equal("Alpha Rights Watch for the Protection of Defenders", letter.Signatories[0].Name);
        // The hyphen stays: it may be a compound ("Modern-day") as well as a broken word, and the text is not ours to change.
        Assert.Equal("Beta Human Rights Defend-ers Network", letter.Signatories[1].Name);
        Assert.Empty(letter.Problems);
    }

    [Fact]
    public void Parse_ExactDuplicateAfterNormalisation_MergedAndReported()
    {
        var letter = LetterParser.Parse(Header + "1. Alpha Rights Watch\n2. Beta Forum\n3. ALPHA RIGHTS WATCH.\n4. Gamma Voices\n5. Delta Legal Aid\n");

        Assert.Equal(4, letter.ParsedCount);
        Assert.Single(letter.Signatories, s => s.Name.Equals("Alpha Rights Watch", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Alpha Rights Watch", letter.Signatories[0].Name);
        var problem = Assert.Single(letter.Problems);
        Assert.Contains("No. 3", problem, StringComparison.Ordinal);
        Assert.Contains("counted once", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café Solidarité Paris", "Cafe Solidarite, Paris")]
    [InlineData("Women & Peace Network", "Women and Peace Network")]
    public void Parse_AccentsPunctuationAndAmpersand_AreTheSameName(string first, string second)
    {
        var letter = LetterParser.Parse(Header.Replace("4 organisations", "2 organisations", StringComparison.Ordinal) + $"1. {first}\n2. {second}\n");

        Assert.Equal(first, Assert.Single(letter.Signatories).Name);
        Assert.Contains(letter.Problems, p => p.Contains("counted once", StringComparison.Ordinal));
        Assert.Contains(letter.Problems, p => p.Contains("states 2 signatories but the list has 1 (2 entries, 1 duplicate merged)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NearDuplicate_ReportedAsAPairNotMerged()
    {
        var letter = LetterParser.Parse(Header + "1. Burma Campaign Network\n2. Burma Campaing Network\n3. Gamma Voices\n4. Delta Legal Aid\n");

        Assert.Equal(4, letter.ParsedCount);
        var pair = Assert.Single(letter.NearDuplicates);
        Assert.Equal(["Burma Campaign Network", "Burma Campaing Network"], pair);
        Assert.Empty(letter.Problems);
    }

    [Fact]
    public void Parse_StatedCountDiffers_Reported()
    {
        var letter = LetterParser.Parse(Header + "1. Alpha Rights Watch\n2. Beta Forum\n3. Gamma Voices\n");

        Assert.Equal(4, letter.StatedCount);
        Assert.Equal(3, letter.ParsedCount);
        Assert.Equal("the text states 4 signatories but the list has 3", Assert.Single(letter.Problems));
    }

    [Theory]
    [InlineData("This letter was signed by 12 groups from the region.", 12)]
    [InlineData("In all 1,204 civil society organisations have signed this letter.", 1204)]
    [InlineData("The undersigned organisations ask for a fair hearing.", null)]
    public void Parse_StatedCountPhrasings_Found(string sentence, int? expected)
    {
        var letter = LetterParser.Parse($"Subject: A letter\n\n{sentence}\n\nSigned by:\n1. Alpha Rights Watch\n");

        Assert.Equal(expected, letter.StatedCount);
    }

    [Fact]
    public void Parse_AnonymousEndorsements_CountedNotListed()
    {
        var letter = LetterParser.Parse(
            Header + "1. Alpha Rights Watch\n2. Beta Forum\n3. Gamma Voices\n\nand 1 organisation that cannot be named for security reasons\n");

        Assert.Equal(3, letter.ParsedCount);
        Assert.DoesNotContain(letter.Signatories, s => s.Name.Contains("security", StringComparison.Ordinal));
        Assert.Equal("1 anonymous endorsement is counted but not named (withheld by the letter)", Assert.Single(letter.Problems));
    }

    [Theory]
    [InlineData("1. A Forum\n2. B Forum\n4. C Forum\n5. D Forum\n", "the numbering jumps from 2 to 4: 3 is missing")]
    [InlineData("1. A Forum\n2. B Forum\n2. C Forum\n3. D Forum\n", "number 2 is used twice")]
    [InlineData("2. A Forum\n3. B Forum\n4. C Forum\n5. D Forum\n", "the numbering starts at 2, not 1")]
    [InlineData("1. A Forum\n2. B Forum\n3. C Forum\n1. D Forum\n", "the numbering goes back from 3 to 1")]
    public void Parse_NumberingGapOrRepeat_Reported(string list, string expected)
    {
        var letter = LetterParser.Parse(Header + list);

        Assert.Equal(4, letter.ParsedCount);
        Assert.Contains(letter.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoSignatoryList_ResultSaysSo()
    {
        var letter = LetterParser.Parse("Subject: A letter\n\n12 March 2024\n\nWe ask for a hearing.\n");

        Assert.Equal("A letter", letter.Title);
        Assert.Equal(0, letter.ParsedCount);
        Assert.Empty(letter.Signatories);
        Assert.Contains(letter.Problems, p => p.StartsWith("no signatory list found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void Parse_EmptyText_ResultSaysSo(string text)
    {
        var letter = LetterParser.Parse(text);

        Assert.Equal(0, letter.ParsedCount);
        Assert.Equal("the text is empty: there is no letter to read", Assert.Single(letter.Problems));
    }

    [Fact]
    public void Parse_BinaryGarbage_ResultSaysSoWithoutThrowing()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var letter = LetterParser.Parse(new MemoryStream(bytes));

        Assert.Empty(letter.Signatories);
        Assert.Contains(letter.Problems, p => p.StartsWith("the text looks like binary data", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HugeLine_CutWithAProblemAndNoHang()
    {
        var huge = new string('x', 2_000_000);
        var letter = LetterParser.Parse($"Subject: {new string('[', 100_000)}\n\n{huge}\n\nSigned by:\n1. Alpha {huge}\n2. Beta Forum\n");

        Assert.Equal(2, letter.ParsedCount);
        Assert.Equal(LetterParser.MaxNameLength, letter.Signatories[0].Name.Length);
        Assert.Contains(letter.Problems, p => p.StartsWith("No. 1 (line 6) is longer than 1,000 characters and was cut", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StreamOverTheCap_NotReadAndSaysSo()
    {
        var letter = LetterParser.Parse(new MemoryStream(new byte[LetterParser.MaxInputLength + 1]));

        Assert.Equal(0, letter.ParsedCount);
        Assert.StartsWith("the file is larger than 5,242,880 bytes", Assert.Single(letter.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StreamWithBomAndInvalidBytes_DecodedLeniently()
    {
        var text = Encoding.UTF8.GetBytes("Subject: Lettre\n\nSigned by:\n1. Café Forum\n2. Beta ");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. text, 0xC3, 0x28, (byte)'\n'];

        var letter = LetterParser.Parse(new MemoryStream(bytes));

        Assert.Equal("Lettre", letter.Title);
        Assert.Equal(["Beta \uFFFD(", "Café Forum"], letter.Signatories.Select(s => s.Name));
        Assert.Contains(letter.Problems, p => p.StartsWith("the file is not valid UTF-8: 1 undecodable byte sequence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("November 22, 2021")]
    [InlineData("2021-11-22")]
    [InlineData("Date: 22nd November 2021")]
    [InlineData("Monday, 22 Nov 2021")]
    public void Parse_DateFormats_Recognised(string line)
    {
        var letter = LetterParser.Parse($"Subject: A letter\n\n{line}\n\nSigned by:\n1. Alpha Forum\n");

        Assert.Equal(new DateOnly(2021, 11, 22), letter.Date);
    }

    [Fact]
    public void Parse_ListTooAlikeToCompareEveryPair_SkipsNearDuplicatesAndSaysSo()
    {
        var names = Enumerable.Range(1, 700).Select(i => $"{i}. Community Group {ToLetters(i)}");
        var letter = LetterParser.Parse("Subject: Many\n\nSigned by:\n" + string.Join('\n', names));

        Assert.Equal(700, letter.ParsedCount);
        Assert.Empty(letter.NearDuplicates);
        Assert.Contains(letter.Problems, p => p.StartsWith("near-duplicates were not searched", StringComparison.Ordinal));

        static string ToLetters(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('q' + d - '0')));
    }
}
