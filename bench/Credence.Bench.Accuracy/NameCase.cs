using System.Globalization;
using Credence.Core.Entities;
using CsvHelper;

namespace Credence.Bench.Accuracy;

/// <summary>One labelled name pair of the OpenSanctions name benchmark.</summary>
internal sealed record NameCase(string Group, EntitySchema Schema, string Name1, string Name2, bool IsMatch, string Notes)
{
    public static List<NameCase> Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var cases = new List<NameCase>();
        while (csv.Read())
        {
            cases.Add(new NameCase(
                csv.GetField("case_group") ?? "",
                SchemaOf(csv.GetField("schema")),
                csv.GetField("name1") ?? "",
                csv.GetField("name2") ?? "",
                string.Equals(csv.GetField("is_match"), "true", StringComparison.OrdinalIgnoreCase),
                csv.GetField("notes") ?? ""));
        }
        return cases;
    }

    public static EntitySchema SchemaOf(string? schema) => schema switch
    {
        "Person" => EntitySchema.Person,
        "Company" or "Organization" or "LegalEntity" or "PublicBody" => EntitySchema.Organization,
        "Vessel" => EntitySchema.Vessel,
        "Airplane" or "Aircraft" => EntitySchema.Aircraft,
        _ => EntitySchema.Unknown,
    };
}
