using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Store.Tests.Support;

/// <summary>Small hand-made lists, so store tests need no reader.</summary>
internal static class TestLists
{
    public static SanctionEntity Entity(string source, string sourceId, string name, EntitySchema schema = EntitySchema.Person) => new()
    {
        Source = source,
        SourceId = sourceId,
        Schema = schema,
        Names = [new EntityName(name)],
        Raw = new RawRecordRef(source + ".csv", "line " + sourceId),
    };

    /// <summary>A person of source "test" read from line <paramref name="line"/>, with optional alias, birth date and remarks.</summary>
    public static SanctionEntity Person(
        string id, string name, int line = 1, string? alias = null, PartialDate? born = null, string? remarks = null) => new()
        {
            Source = "test",
            SourceId = id,
            Schema = EntitySchema.Person,
            Names = alias is null ? [new EntityName(name)] : [new EntityName(name), new EntityName(alias, NameQuality.Strong, "alias")],
            BirthDates = born is { } b ? [b] : [],
            Remarks = remarks,
            Raw = new RawRecordRef("test.csv", "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

    /// <summary>A list of source "test" holding <paramref name="entities"/>.</summary>
    public static LoadedList Of(params SanctionEntity[] entities) => new()
    {
        Result = new ListReadResult { Source = "test", Format = ListFormat.CustomCsv, Entities = entities, Diagnostics = [] },
        Sha256 = "sha-" + string.Join('-', entities.Select(e => e.SourceId)),
        Files = ["/tmp/test.csv"],
    };

    public static LoadedList Loaded(string source, int count, string sha = "aa", int diagnostics = 0, DateOnly? published = null)
    {
        var entities = Enumerable.Range(1, count).Select(i => Entity(source, i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), $"Name {i}")).ToList();
        var diags = Enumerable.Range(1, diagnostics)
            .Select(i => new ParseDiagnostic(source + ".csv", $"line {i}", "name", "empty name"))
            .ToList();
        return new LoadedList
        {
            Result = new ListReadResult
            {
                Source = source,
                Format = ListFormat.CustomCsv,
                Entities = entities,
                Diagnostics = diags,
                Published = published,
            },
            Sha256 = sha,
            Files = ["/tmp/lists/" + source + ".csv"],
        };
    }
}
