using System.Text;
using System.Text.Json;
using Credence.Core.Networks;
using Credence.Lists.Common;

namespace Credence.Lists.Graph;

/// <summary>
/// Reads FollowTheMoney JSON lines (one entity per line, or OpenSanctions delta lines {"op", "entity"}) into a
/// <see cref="NetworkGraphBuilder"/>: parties (Person, Company, Organization, LegalEntity, PublicBody, Vessel, Airplane) become
/// nodes; Ownership, Directorship, Family, Associate, Membership, UnknownLink, Representation and Employment become edges;
/// Sanction entities (or, failing those, a "sanction" topic) become listings; Passport and Identification add identifiers.
/// A bad line is a diagnostic and reading goes on.
/// </summary>
public sealed partial class FtmGraphReader
{
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly FtmGraphReaderOptions _options;

    /// <exception cref="ArgumentOutOfRangeException">The options are out of range.</exception>
    public FtmGraphReader(FtmGraphReaderOptions? options = null)
    {
        _options = options ?? new FtmGraphReaderOptions();
        _options.Validate();
    }

    /// <summary>Reads one file into <paramref name="into"/>.</summary>
    /// <param name="content">The file's bytes (UTF-8; invalid bytes are replaced and reported).</param>
    /// <param name="fileName">The file name, used in diagnostics and as the edges' source when the entity names no dataset.</param>
    /// <param name="into">The builder that receives nodes, listings and edges.</param>
    /// <param name="cancellationToken">Stops reading between lines.</param>
    /// <exception cref="ListFormatException">The first record is not a JSON object: the file is not FollowTheMoney JSON lines.</exception>
    public GraphReadResult Read(Stream content, string fileName, NetworkGraphBuilder into, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        using var text = new StreamReader(content, LenientUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lines = new CappedLineReader(text, _options.MaxLineChars);
        var context = new ReadContext(fileName, into, _options);
        var seenRecord = false;
        while (lines.TryRead(out var line, out var tooLong))
        {
            if ((lines.LineNumber & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var location = $"line {lines.LineNumber}";
            if (tooLong)
            {
                context.Error(location, null, $"The line is longer than {_options.MaxLineChars} characters and was skipped.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.Contains('\uFFFD', StringComparison.Ordinal))
                context.Warn(location, null, "The line is not valid UTF-8; bad bytes were replaced.");
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                if (!seenRecord)
                    throw new ListFormatException(fileName, $"{location}, position {ex.BytePositionInLine}", "Not FollowTheMoney JSON lines: " + ex.Message, ex);
                context.Error(location, null, $"Not a JSON object (position {ex.BytePositionInLine}): {ex.Message}");
                continue;
            }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    if (!seenRecord) throw new ListFormatException(fileName, location, "Not FollowTheMoney JSON lines: the first record is not a JSON object.");
                    context.Error(location, null, "The record is not a JSON object.");
                    continue;
                }
                seenRecord = true;
                context.Entity(document.RootElement, location);
            }
        }
        return context.Finish();
    }
}
