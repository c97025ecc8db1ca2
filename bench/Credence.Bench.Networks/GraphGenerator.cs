using Credence.Core.Networks;

namespace Credence.Bench.Networks;

/// <summary>
/// A deterministic synthetic network shaped like company registries: corporate groups with ownership trees under a few personal
/// shareholders, some cross-holdings (which make cycles), directors, families, associates, military-style memberships and
/// suppliers. A small share of parties is listed. The same seed gives the same graph.
/// </summary>
internal static class GraphGenerator
{
    private static readonly string[][] AuthoritySets = [["us"], ["eu"], ["gb"], ["us", "eu", "gb"], ["us", "gb"], ["eu", "gb"]];

    public static (NetworkGraphBuilder Builder, int Persons, int Companies) Generate(int edgeCount, int seed)
    {
        var random = new Random(seed);
        var companies = edgeCount * 3 / 10;
        var persons = edgeCount / 5;
        var b = new NetworkGraphBuilder();
        for (var i = 0; i < persons; i++)
        {
            var listings = random.NextDouble() < 0.005 ? Listings(random) : [];
            b.AddNode(new NetworkNode { Id = P(i), Name = $"Person {i}", Schema = "Person", Listings = listings });
        }
        for (var i = 0; i < companies; i++)
        {
            var listings = random.NextDouble() < 0.003 ? Listings(random) : [];
            b.AddNode(new NetworkNode { Id = C(i), Name = $"Company {i} Ltd", Schema = "Company", Listings = listings });
        }

        // Ownership: companies in groups of 1..40; the group's first company is held by one to three people, each later one by one
        // or two earlier companies of its group (a majority and sometimes a minority holder).
        var added = 0;
        var start = 0;
        while (start < companies && added < edgeCount)
        {
            var size = Math.Min(companies - start, 1 + (int)Math.Min(39, -Math.Log(1 - random.NextDouble()) * 6));
            var holders = random.Next(1, 4);
            var left = 100.0;
            for (var h = 0; h < holders; h++)
            {
                var share = h == holders - 1 ? left : Math.Round(left * random.Next(20, 80) / 100.0, 1);
                left -= share;
                added += Add(b, random, P(random.Next(persons)), C(start), EdgeType.Ownership, share);
            }
            for (var k = 1; k < size; k++)
            {
                var parent = start + random.Next(k);
                var major = random.Next(50, 101);
                added += Add(b, random, C(parent), C(start + k), EdgeType.Ownership, major);
                if (major < 100 && random.NextDouble() < 0.4)
                    added += Add(b, random, C(start + random.Next(k)), C(start + k), EdgeType.Ownership, random.Next(1, 101 - major));
            }
            start += size;
        }
        // Cross-holdings between groups: minority stakes, in any direction, so cycles occur.
        for (var i = 0; i < companies / 20; i++)
            added += Add(b, random, C(random.Next(companies)), C(random.Next(companies)), EdgeType.Ownership, random.Next(1, 31));
        // Directors: one or two people per company.
        for (var i = 0; i < companies && added < edgeCount; i++)
        {
            var count = random.NextDouble() < 0.5 ? 1 : 2;
            for (var d = 0; d < count; d++) added += Add(b, random, P(random.Next(persons)), C(i), EdgeType.Directorship, null);
        }
        // The rest: families, associates, memberships of a few large units, suppliers and unknown links.
        EdgeType[] others = [EdgeType.Family, EdgeType.Family, EdgeType.Associate, EdgeType.Membership, EdgeType.Supplier, EdgeType.UnknownLink, EdgeType.Control];
        while (added < edgeCount)
        {
            var type = others[random.Next(others.Length)];
            var (from, to) = type switch
            {
                EdgeType.Family or EdgeType.Associate => (P(random.Next(persons)), P(random.Next(persons))),
                EdgeType.Membership => (P(random.Next(persons)), C(random.Next(200))),
                _ => (C(random.Next(companies)), C(random.Next(companies))),
            };
            added += Add(b, random, from, to, type, null);
        }
        return (b, persons, companies);
    }

    /// <summary>
    /// A stress shape, not a realistic one: every company is owned by three companies drawn uniformly from all earlier ones, so the
    /// owners above a late company number in the thousands. Shows how exposure scales with the size of the upstream graph.
    /// </summary>
    public static NetworkGraphBuilder GenerateDense(int edgeCount, int seed)
    {
        var random = new Random(seed);
        var companies = edgeCount / 3 + 1;
        var b = new NetworkGraphBuilder();
        for (var i = 0; i < companies; i++)
        {
            var listings = random.NextDouble() < 0.003 ? Listings(random) : [];
            b.AddNode(new NetworkNode { Id = C(i), Name = $"Company {i} Ltd", Schema = "Company", Listings = listings });
        }
        for (var i = 1; i < companies; i++)
        {
            double[] shares = [40, 30, 30];
            for (var k = 0; k < 3; k++) b.AddEdge(new NetworkEdge(C(random.Next(i)), C(i), EdgeType.Ownership) { Percentage = shares[k] });
        }
        return b;
    }

    private static int Add(NetworkGraphBuilder b, Random random, string from, string to, EdgeType type, double? percentage)
    {
        if (string.Equals(from, to, StringComparison.Ordinal)) return 0;
        DateOnly? start = null, end = null;
        var roll = random.NextDouble();
        if (roll < 0.2) start = new DateOnly(1995 + random.Next(25), 1 + random.Next(12), 1);
        if (roll < 0.1) end = start!.Value.AddDays(random.Next(1, 9000));
        if (type == EdgeType.Ownership && random.NextDouble() < 0.03) percentage = null;
        b.AddEdge(new NetworkEdge(from, to, type) { Percentage = percentage, Start = start, End = end, Confidence = 0.5 + random.Next(51) / 100.0 });
        return 1;
    }

    private static NodeListing[] Listings(Random random) =>
        AuthoritySets[random.Next(AuthoritySets.Length)].Select(a => new NodeListing(a, "BENCH")).ToArray();

    public static string P(int i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string C(int i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
