using System.Text.Json;
using Credence.Core.Entities;
using Credence.Store.Data;

namespace Credence.Store.Tests.Data;

public sealed class EntityJsonTests
{
    private static SanctionEntity Full() => new()
    {
        Source = "ofac-sdn",
        SourceId = "27225",
        Schema = EntitySchema.Person,
        Names = [new EntityName("HLAING, Min Aung"), new EntityName("Min Aung Hlaing", NameQuality.Weak, "aka")],
        BirthDates = [new PartialDate(1956, 7, 3), new PartialDate(1956, 7), new PartialDate(1955)],
        Countries = ["mm"],
        Identifiers = [new EntityIdentifier("passport", "DM000826", "mm")],
        Programs = ["BURMA-EO14014", "GLOMAG"],
        Authorities = ["us"],
        ListedOn = new DateOnly(2019, 12, 10),
        Remarks = "Commander-in-Chief",
        Addresses = ["Nay Pyi Taw, Burma"],
        Raw = new RawRecordRef("sdn.csv", "line 8123"),
    };

    [Fact]
    public void Deserialize_SerializedEntity_RoundTripsEveryProperty()
    {
        var entity = Full();

        var back = EntityJson.Deserialize(EntityJson.Serialize(entity));

        Assert.Equal(entity.Id, back.Id);
        Assert.Equal(entity.Schema, back.Schema);
        Assert.Equal(entity.Names, back.Names);
        Assert.Equal(entity.BirthDates, back.BirthDates);
        Assert.Equal(entity.Countries, back.Countries);
        Assert.Equal(entity.Identifiers, back.Identifiers);
        Assert.Equal(entity.Programs, back.Programs);
        Assert.Equal(entity.Authorities, back.Authorities);
        Assert.Equal(entity.ListedOn, back.ListedOn);
        Assert.Equal(entity.Remarks, back.Remarks);
        Assert.Equal(entity.Addresses, back.Addresses);
        Assert.Equal(entity.Raw, back.Raw);
    }

    [Theory]
    [InlineData(1956, null, null, "\"1956\"")]
    [InlineData(1956, 7, null, "\"1956-07\"")]
    [InlineData(1956, 7, 3, "\"1956-07-03\"")]
    public void Serialize_PartialDate_KeepsOnlyTheStatedParts(int year, int? month, int? day, string expected)
    {
        var entity = new SanctionEntity
        {
            Source = "s",
            SourceId = "1",
            Schema = EntitySchema.Person,
            Names = [new EntityName("A")],
            BirthDates = [new PartialDate(year, month, day)],
            Raw = new RawRecordRef("f", "1"),
        };

        var json = EntityJson.Serialize(entity);
        var back = EntityJson.Deserialize(json);

        Assert.Contains("\"birthDates\":[" + expected + "]", json, StringComparison.Ordinal);
        Assert.Equal(new PartialDate(year, month, day), Assert.Single(back.BirthDates));
    }

    [Fact]
    public void Serialize_Entity_LeavesOutComputedPropertiesAndWritesEnumsByName()
    {
        var json = EntityJson.Serialize(Full());

        Assert.DoesNotContain("\"id\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"primaryName\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schema\":\"Person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quality\":\"Weak\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_Throws()
    {
        const string json = """{"source":"s","sourceId":"1","schema":"Person","names":[{"value":"A"}]}""";

        Assert.Throws<JsonException>(() => EntityJson.Deserialize(json));
    }

    [Theory]
    [InlineData("\"1956-13\"")]
    [InlineData("\"yesterday\"")]
    public void Deserialize_BadPartialDate_Throws(string date)
    {
        var json = """{"source":"s","sourceId":"1","schema":"Person","names":[{"value":"A"}],"raw":{"file":"f","location":"1"},"birthDates":[""" + date + "]}";

        Assert.Throws<JsonException>(() => EntityJson.Deserialize(json));
    }
}
