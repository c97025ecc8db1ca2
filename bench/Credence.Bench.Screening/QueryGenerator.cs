using System.Text;
using Credence.Core.Entities;

namespace Credence.Bench.Screening;

/// <summary>
/// A deterministic mix of queries: a quarter list names as published, a quarter with one or two typos, a quarter with the
/// tokens reordered, a quarter unrelated names made of common given and family names that no list holds together.
/// </summary>
internal static class QueryGenerator
{
    private static readonly string[] Given =
    [
        "James", "Maria", "Ahmed", "Olga", "Wei", "Pierre", "Fatima", "Ivan", "Kwame", "Lucia", "Hiroshi", "Anna", "Carlos",
        "Priya", "Mohammed", "Elena", "David", "Sofia", "Omar", "Ingrid", "Tomasz", "Aisha", "Lars", "Mei", "Juan", "Noura",
    ];

    private static readonly string[] Family =
    [
        "Thompson", "Lindqvist", "Okafor", "Moreau", "Tanaka", "Kowalski", "Fernandes", "Haddad", "Nakamura", "Schneider",
        "Oliveira", "Novak", "Jensen", "Castillo", "Murphy", "Varga", "Andersson", "Costa", "Bakker", "Dimitrov", "Ndlovu",
    ];

    public static List<string> Generate(IReadOnlyList<SanctionEntity> entities, int count, int seed)
    {
        var random = new Random(seed);
        var names = entities.SelectMany(e => e.Names).Select(n => n.Value).Where(n => n.Length is > 3 and < 80).ToArray();
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var name = names[random.Next(names.Length)];
            queries.Add((i % 4) switch
            {
                0 => name,
                1 => Typo(name, random),
                2 => Reorder(name, random),
                _ => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}",
            });
        }
        return queries;
    }

    private static string Typo(string name, Random random)
    {
        var sb = new StringBuilder(name);
        var edits = 1 + random.Next(2);
        for (var e = 0; e < edits && sb.Length > 2; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(3))
            {
                case 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, (char)('a' + random.Next(26))); break;
                default: sb[at] = (char)('a' + random.Next(26)); break;
            }
        }
        return sb.ToString();
    }

    private static string Reorder(string name, Random random)
    {
        var parts = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.OrderBy(_ => random.Next()));
    }
}
