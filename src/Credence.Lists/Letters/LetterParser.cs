using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Lists.Letters;

/// <summary>
/// Reads a civil-society sign-on letter from plain text (as extracted from its PDF or web page) into a <see cref="ParsedLetter"/>:
/// title, date, addressees, demands, contacts and the numbered list of signatories, deduplicated, alphabetised and renumbered.
/// </summary>
/// <remarks>
/// The format understood is described in <c>docs/letters.md</c>. User input never throws: empty text, binary data, text
/// without a signatory list and oversized input all give a result whose <see cref="ParsedLetter.Problems"/> say what is wrong.
/// Stateless and thread-safe.
/// </remarks>
public static partial class LetterParser
{
    /// <summary>The largest input read, in bytes for a stream and in characters for a string: 5 MB (5,242,880).</summary>
    public const int MaxInputLength = 5 * 1024 * 1024;

    /// <summary>A signatory name longer than this many characters (after joining wrapped lines) is cut, with a problem.</summary>
    public const int MaxNameLength = NameNormalizer.MaxNameLength;

    private static readonly NameNormalizer DefaultNormalizer = new(ScriptAwareTransliterator.Instance);

    /// <summary>
    /// Parses the text of a letter. <paramref name="normalizer"/> decides when two signatory names are the same; default a
    /// <see cref="NameNormalizer"/> with <see cref="ScriptAwareTransliterator.Instance"/> (case, accents, punctuation and
    /// scripts folded). Throws <see cref="ArgumentNullException"/> only for a null <paramref name="text"/>.
    /// </summary>
    public static ParsedLetter Parse(string text, NameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        if (text.Length > MaxInputLength)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the text is {text.Length:N0} characters long, more than the {MaxInputLength:N0} a letter may have; it was not read"));
            return Empty(problems);
        }
        return ParseText(text, normalizer ?? DefaultNormalizer, problems);
    }

    /// <summary>
    /// Reads at most <see cref="MaxInputLength"/> bytes from <paramref name="stream"/> and parses them as a letter. The bytes are
    /// decoded as UTF-8, or UTF-16 when a byte-order mark says so; bytes that are not valid UTF-8 become U+FFFD and a problem
    /// says how many. A longer stream is not parsed: the result's problems say it is too large. Throws
    /// <see cref="ArgumentNullException"/> for a null stream; I/O errors of the stream itself propagate.
    /// </summary>
    public static ParsedLetter Parse(Stream stream, NameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadCapped(stream, out var tooLarge);
        var problems = new List<string>();
        if (tooLarge)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the file is larger than {MaxInputLength:N0} bytes (5 MB), more than a letter may have; it was not read"));
            return Empty(problems);
        }
        var text = Decode(bytes, problems);
        return ParseText(text, normalizer ?? DefaultNormalizer, problems);
    }

    private static ParsedLetter ParseText(string text, NameNormalizer normalizer, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("the text is empty: there is no letter to read");
            return Empty(problems);
        }
        if (LooksBinary(text, out var share))
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the text looks like binary data, not a letter ({share:P0} of its characters are control or undecodable characters)"));
            return Empty(problems);
        }

        var lines = SplitLines(text);
        var listHeading = FindSignatoryHeading(lines);
        var preambleEnd = listHeading >= 0 ? listHeading : lines.Count;

        var title = FindTitle(lines, preambleEnd);
        if (title.Length == 0) problems.Add("no title found: expected a \"Subject:\" line or a heading before the letter's text");
        var date = FindDate(lines, preambleEnd);
        var addressees = FindAddressees(lines, preambleEnd);
        var demands = FindDemands(lines, preambleEnd);
        var contacts = FindContacts(lines);
        var stated = FindStatedCount(lines, preambleEnd);
        var anonymous = FindAnonymousCount(lines);
        if (anonymous > 0)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{anonymous} anonymous endorsement{(anonymous == 1 ? " is" : "s are")} counted but not named (withheld by the letter)"));
        }

        IReadOnlyList<LetterSignatory> signatories = [];
        IReadOnlyList<IReadOnlyList<string>> nearDuplicates = [];
        if (listHeading < 0)
        {
            problems.Add("no signatory list found: expected a heading such as \"Signed by:\" followed by a numbered list of names");
        }
        else
        {
            var entries = ReadSignatoryEntries(lines, listHeading, problems);
            if (entries.Count == 0)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture, $"the signatory list under \"{lines[listHeading]}\" (line {listHeading + 1}) has no names"));
            }
            var distinct = Deduplicate(entries, normalizer, problems, out var keys);
            signatories = Number(distinct, keys);
            nearDuplicates = FindNearDuplicates(signatories, normalizer, problems);
            CheckStatedCount(stated, entries.Count, signatories.Count, anonymous, problems);
        }

        return new ParsedLetter(title, date, stated, signatories.Count, addressees, contacts, signatories, nearDuplicates, demands, problems);
    }

    private static ParsedLetter Empty(List<string> problems) => new("", null, null, 0, [], [], [], [], [], problems);

    private static byte[] ReadCapped(Stream stream, out bool tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxInputLength)
            {
                tooLarge = true;
                return [];
            }
        }
        tooLarge = false;
        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, List<string> problems)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (System.Text.Unicode.Utf8.IsValid(span)) return Encoding.UTF8.GetString(span);
        // Lenient: every invalid sequence becomes U+FFFD, and the reader is told, rather than the import failing.
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(span);
        var replaced = text.Count(c => c == '\uFFFD');
        problems.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"the file is not valid UTF-8: {replaced:N0} undecodable byte sequence{(replaced == 1 ? " was" : "s were")} replaced with U+FFFD"));
        return text;
    }

    // Text with NULs and other control characters, or mostly undecodable bytes, is a PDF, an image or a zip, not a letter.
    private static bool LooksBinary(string text, out double share)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) bad++;
        }
        share = (double)bad / text.Length;
        return share > 0.05;
    }

    /// <summary>Lines with links reduced to their text, non-breaking spaces and tabs made spaces, and outer white space trimmed.</summary>
    private static List<string> SplitLines(string text)
    {
        var clean = MarkdownLink().Replace(text.Replace("\uFEFF", "", StringComparison.Ordinal), "$1");
        clean = clean.Replace('\u00A0', ' ').Replace('\t', ' ').Replace('\f', '\n');
        return [.. clean.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim())];
    }

    /// <summary>Runs of white space made one space.</summary>
    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    // Bounded and stopping at the next bracket, so a text full of unclosed brackets stays linear.
    [GeneratedRegex(@"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
