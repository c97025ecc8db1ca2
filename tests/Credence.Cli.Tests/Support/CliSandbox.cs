using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Store.Data;
using Credence.Store.Lists;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Cli.Tests.Support;

/// <summary>A temp folder with its own store, and a way to run <c>credence</c> in-process against it.</summary>
internal sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Folder = Path.Combine(Path.GetTempPath(), "credence-cli-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Database = Path.Combine(Folder, "store", "credence.db");
    }

    public string Folder { get; }

    /// <summary>The store the app uses when --db is not given.</summary>
    public string Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CredenceApp(Time, Database).InvokeAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Puts a small hand-made list into the store as the active snapshot of <paramref name="source"/>.</summary>
    public async Task<long> SeedAsync(string source, params string[] names)
    {
        var entities = names.Select((n, i) => new SanctionEntity
        {
            Source = source,
            SourceId = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Schema = EntitySchema.Person,
            Names = [new EntityName(n)],
            Programs = ["TEST"],
            Raw = new RawRecordRef("seed.csv", "line " + (i + 2)),
        }).ToList();
        var list = new LoadedList
        {
            Result = new ListReadResult { Source = source, Format = ListFormat.CustomCsv, Entities = entities },
            Sha256 = new string('5', 64),
            Files = ["seed.csv"],
        };
        await using var db = await CredenceDatabase.OpenSqliteAsync(Database);
        var outcome = await new ListImportWorkflow(db, Time).ImportAsync(list);
        return outcome.Snapshot.Id;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing test run; the temp folder is cleaned by the OS eventually.
        }
    }
}
