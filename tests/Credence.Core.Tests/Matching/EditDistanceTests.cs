using Credence.Core.Matching;

namespace Credence.Core.Tests.Matching;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("hlaing", "hlaing", 0)]
    [InlineData("hlaing", "hliang", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("mohammed", "muhammad", 2)]
    [InlineData("a", "", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void TryOsa_KnownPairs_ReturnsOptimalStringAlignmentDistance(string a, string b, int expected)
    {
        Assert.True(EditDistance.TryOsa(a, b, out var distance) || a.Length == 0);
        if (a.Length > 0) Assert.Equal(expected, distance);
        Assert.Equal(expected, TokenSimilarity.Distance(a, b));
    }

    [Fact]
    public void TryOsa_RandomPairs_EqualsDynamicProgramme()
    {
        // Small alphabets make repeated letters and transpositions frequent, where a bit-vector slip would show.
        var random = new Random(20261128);
        foreach (var alphabet in new[] { "ab", "abc", "aeinorst", "abcdefghijklmnopqrstuvwxyz0123456789" })
        {
            for (var trial = 0; trial < 20_000; trial++)
            {
                var a = RandomText(random, alphabet, random.Next(1, EditDistance.MaxPatternLength + 1));
                var b = random.Next(4) == 0 ? Mutate(random, a, alphabet) : RandomText(random, alphabet, random.Next(0, 70));
                Assert.True(EditDistance.TryOsa(a, b, out var distance));
                Assert.True(Reference(a, b) == distance, $"\"{a}\" / \"{b}\": {distance}, expected {Reference(a, b)}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("caf\u00e9")]
    public void TryOsa_EmptyOrNonAsciiFirst_DeclinesAndDistanceStillExact(string a)
    {
        Assert.False(EditDistance.TryOsa(a, "cafe", out _));
        Assert.Equal(Reference(a, "cafe"), TokenSimilarity.Distance(a, "cafe"));
    }

    [Fact]
    public void TryOsa_PatternLongerThanAWord_Declines()
    {
        var a = new string('a', EditDistance.MaxPatternLength + 1);
        Assert.False(EditDistance.TryOsa(a, "a", out _));
        Assert.Equal(EditDistance.MaxPatternLength, TokenSimilarity.Distance(a, "a"));
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static string Mutate(Random random, string text, string alphabet)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                case 1: chars.RemoveAt(at); break;
                case 2: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
        }
        return new string([.. chars]);
    }

    // The textbook dynamic programme, written independently of the engine's.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
