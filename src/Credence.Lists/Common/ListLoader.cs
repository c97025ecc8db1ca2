using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using CsvHelper;

namespace Credence.Lists.Common;

/// <summary>
/// Opens list files and folders, detects each format from its content, groups OFAC CSV sets, reads them and hashes their bytes.
/// Never throws for user errors: missing files, unknown formats and unreadable content become <see cref="ListLoadReport.Errors"/>.
/// </summary>
public sealed class ListLoader
{
    // Files in a folder with these extensions are expected to be lists, so an unrecognised one is reported; others (README.md,
    // notes) are passed over in silence.
    private static readonly HashSet<string> DataExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".csv", ".tsv", ".txt", ".xml", ".json", ".jsonl", ".ndjson", ".xlsx", ".xls", ".zip",
    };

    private readonly IReadOnlyList<IListFormatReader> _readers;

    /// <summary>A loader using every reader in <see cref="ListReaders.All"/>.</summary>
    public ListLoader()
        : this(ListReaders.All)
    {
    }

    /// <summary>A loader using <paramref name="readers"/> (the first one registered for a format is used).</summary>
    public ListLoader(IEnumerable<IListFormatReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToList();
    }

    /// <summary>
    /// Loads every list in <paramref name="paths"/> (files, or folders whose list files are all read; folders are not searched
    /// recursively). An OFAC primary file (sdn.csv, cons_prim.csv) is read with the companion files beside it. Each list's
    /// <see cref="LoadedList.Sha256"/> covers the primary file's bytes and then its companions' in role order (add, alt, comments).
    /// Lists come in the order given, folder contents in ordinal name order.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled; user errors never throw.</exception>
    public ListLoadReport Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<string>();
        var lists = new List<LoadedList>();
        var primaries = new List<(string Path, ListFormat Format)>();
        var companions = new List<(string Path, string Role)>();
        foreach (var (path, named) in Expand(paths, errors))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var head = Guard(path, errors, () => ReadHead(path));
            if (head is null) continue;
            var name = Path.GetFileName(path);
            var format = ListFormatDetector.Detect(head, name);
            if (format != ListFormat.Unknown)
            {
                primaries.Add((path, format));
                continue;
            }
            var role = ListFormatDetector.DetectCompanion(head, name);
            if (role is not null) companions.Add((path, role));
            else if (named || DataExtensions.Contains(Path.GetExtension(path))) errors.Add($"{path}: not a list format Credence recognises.");
        }

        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, format) in primaries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var set = format == ListFormat.OfacCsv ? FindCompanions(path) : [];
            grouped.UnionWith(set.Select(c => c.Path));
            var loaded = Guard(path, errors, () => ReadList(path, format, set, errors, cancellationToken));
            if (loaded is not null) lists.Add(loaded);
        }
        foreach (var (path, role) in companions.Where(c => !grouped.Contains(c.Path)))
        {
            errors.Add($"{path}: an OFAC \"{role}\" companion file without its primary file (sdn.csv or cons_prim.csv) in the same folder; not read.");
        }
        return new ListLoadReport { Lists = lists, Errors = errors };
    }

    /// <summary>Files to look at, each once: named files as given, folders' files in ordinal order (hidden files skipped).</summary>
    private static List<(string Path, bool Named)> Expand(IEnumerable<string> paths, List<string> errors)
    {
        var files = new List<(string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            if (string.IsNullOrWhiteSpace(given))
            {
                errors.Add("An empty path was given; it was ignored.");
                continue;
            }
            string full;
            try
            {
                full = Path.GetFullPath(given);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException)
            {
                errors.Add($"{given}: not a usable path: {ex.Message}");
                continue;
            }
            if (File.Exists(full))
            {
                if (seen.Add(full)) files.Add((full, true));
            }
            else if (Directory.Exists(full))
            {
                var entries = Guard(full, errors, () => Directory.EnumerateFiles(full).Order(StringComparer.Ordinal).ToList());
                foreach (var file in entries ?? [])
                {
                    if (!Path.GetFileName(file).StartsWith('.') && seen.Add(file)) files.Add((file, false));
                }
            }
            else
            {
                errors.Add($"{given}: no such file or folder.");
            }
        }
        return files;
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var buffer = new byte[ListFormatDetector.SampleBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..length];
    }

    /// <summary>The companions OFAC publishes beside <paramref name="primary"/> that exist in its folder (names matched ignoring case).</summary>
    private static List<(string Role, string Path)> FindCompanions(string primary)
    {
        var folder = Path.GetDirectoryName(primary)!;
        var wanted = ListFormatDetector.CompanionFileNames(primary);
        if (wanted.Count == 0) return [];
        var present = Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase);
        var found = new List<(string, string)>();
        foreach (var role in ListFormatDetector.CompanionRoles)
        {
            if (wanted.TryGetValue(role, out var name) && present.TryGetValue(name, out var path)) found.Add((role, path));
        }
        return found;
    }

    private LoadedList? ReadList(string path, ListFormat format, List<(string Role, string Path)> companions, List<string> errors,
        CancellationToken cancellationToken)
    {
        var reader = _readers.FirstOrDefault(r => r.Format == format);
        if (reader is null)
        {
            errors.Add($"{path}: recognised as {format}, but no reader for that format is registered.");
            return null;
        }
        var streams = new List<FileStream>();
        try
        {
            foreach (var file in companions.Select(c => c.Path).Prepend(path))
            {
                streams.Add(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan));
            }
            // One pass to hash and a second to read, on the same open handles, so readers get seekable streams (a workbook needs
            // one) and the hash covers exactly the bytes the reader sees.
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            foreach (var stream in streams)
            {
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    hash.AppendData(buffer, 0, read);
                }
                stream.Position = 0;
            }
            var input = new ListInput
            {
                FileName = Path.GetFileName(path),
                Content = streams[0],
                Companions = companions.Select((c, i) => (c.Role, Companion: new ListCompanion(Path.GetFileName(c.Path), streams[i + 1])))
                    .ToDictionary(c => c.Role, c => c.Companion, StringComparer.Ordinal),
            };
            var result = reader.Read(input, cancellationToken);
            return new LoadedList
            {
                Result = result,
                Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset()),
                Files = [path, .. companions.Select(c => c.Path)],
            };
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }

    /// <summary>Runs <paramref name="action"/>, turning the exceptions bad input or a bad path can cause into one error line.</summary>
    private static T? Guard<T>(string path, List<string> errors, Func<T> action)
        where T : class?
    {
        try
        {
            return action();
        }
        catch (ListFormatException ex)
        {
            errors.Add(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            errors.Add($"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or JsonException or CsvHelperException
                                       or DecoderFallbackException)
        {
            // A reader let a parser's exception through: still a problem with the file, not a reason to stop loading the others.
            errors.Add($"{path}: could not be read: {ex.Message}");
        }
        return null;
    }
}
