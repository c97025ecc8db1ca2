using System.CommandLine;
using System.Globalization;
using System.Text;
using Credence.Cli.Output;
using Credence.Lists.Letters;

namespace Credence.Cli.Commands;

/// <summary><c>credence letters parse</c>: reads a sign-on letter from plain text, as a challenge import would.</summary>
internal static class LettersCommand
{
    public static Command Create(CliContext context) =>
        new("letters", "Civil-society sign-on letters: read their addressees, contacts and endorsing organisations.")
        {
            Parse(context),
        };

    private static Command Parse(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The letter as a plain-text file (UTF-8)." };
        var json = CommonOptions.Json();
        var command = new Command(
            "parse",
            "Read a letter: title, date, addressees, contacts, demands and the numbered, alphabetised signatory list, with duplicates merged, near-duplicates paired and the stated count checked.")
        {
            file, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Inputs.ExistingFile(parse.GetValue(file) ?? "");
            ParsedLetter letter;
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                letter = LetterParser.Parse(stream);
            }
            if (parse.GetValue(json)) CliJson.Write(context.Out, letter);
            else await context.Out.WriteAsync(Format(letter)).ConfigureAwait(false);
            if (letter.ParsedCount > 0) return ExitCodes.Success;
            // A letter without signatories cannot be imported; scripts see that in the exit code, people in the problems above.
            await context.Err.WriteLineAsync($"credence: no signatories found in {parse.GetValue(file)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        });
        return command;
    }

    private static string Format(ParsedLetter letter)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Title: {(letter.Title.Length > 0 ? letter.Title : "(none)")}");
        text.AppendLine(c, $"Date: {letter.Date?.ToString("yyyy-MM-dd", c) ?? "(none)"}");
        var stated = letter.StatedCount is { } s ? "the text states " + s.ToString("N0", c) : "the text states no count";
        text.AppendLine(c, $"Signatories: {letter.ParsedCount:N0} parsed; {stated}");
        Section(text, "Addressees", letter.Addressees);
        Section(text, "Contacts", letter.Contacts.Select(Contact).ToList());
        Section(text, "Demands", letter.Demands);
        Section(text, "Problems", letter.Problems);
        Section(text, "Near-duplicates, for a person to decide", letter.NearDuplicates.Select(p => string.Join("  ~  ", p)).ToList());
        text.AppendLine();
        if (letter.Signatories.Count == 0) return text.AppendLine("Signatories: none").ToString();
        text.AppendLine("Signatories, alphabetical:");
        var width = letter.Signatories.Count.ToString(c).Length;
        foreach (var signatory in letter.Signatories)
        {
            text.AppendLine(c, $"  {signatory.Number.ToString(c).PadLeft(width)}. {signatory.Name}");
        }
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IReadOnlyList<string> items)
    {
        text.AppendLine();
        if (items.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{heading}: none");
            return;
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"{heading} ({items.Count}):");
        foreach (var item in items) text.Append("  - ").AppendLine(item);
    }

    private static string Contact(LetterContact contact) =>
        string.Join(", ", new[] { contact.Name, contact.Organisation, contact.Email }.Where(p => !string.IsNullOrEmpty(p)));
}
