using System.Globalization;
using System.Text.Json;
using Credence.Core.Entities;
using Credence.Core.Networks;

namespace Credence.Lists.Graph;

public sealed partial class FtmGraphReader
{
    private sealed partial class ReadContext
    {
        private void Node(JsonElement root, string id, string schema, JsonElement properties, string location)
        {
            var names = FtmValues.Strings(properties, "name");
            // The caption is FollowTheMoney's chosen display name; the name list is unordered.
            if (root.TryGetProperty("caption", out var caption) && caption.ValueKind == JsonValueKind.String && caption.GetString() is { Length: > 0 } c)
            {
                names.Remove(c);
                names.Insert(0, c);
            }
            if (names.Count == 0)
            {
                Warn(location, "name", "The party has no name; its id is shown instead.");
                names.Add(id);
            }
            var aliases = names.Skip(1)
                .Concat(FtmValues.Strings(properties, "alias"))
                .Concat(FtmValues.Strings(properties, "previousName"))
                .Concat(FtmValues.Strings(properties, "weakAlias"))
                .Select(n => Cap(n, location))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var identifiers = new List<EntityIdentifier>();
            var country = FtmValues.First(properties, "jurisdiction") ?? FtmValues.First(properties, "country");
            foreach (var (property, label) in IdentifierProperties)
            {
                foreach (var value in FtmValues.Strings(properties, property))
                    identifiers.Add(new EntityIdentifier(label, value, country is null ? null : Countries.ToCode(country)));
            }
            var countries = CountryProperties
                .SelectMany(prop => FtmValues.Strings(properties, prop))
                .Select(Countries.Normalize)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            builder.AddNode(new NetworkNode
            {
                Id = id,
                Name = Cap(names[0], location),
                Schema = schema,
                Aliases = aliases,
                Identifiers = identifiers.Distinct().ToArray(),
                Countries = countries,
            });
            _nodes++;
            if (FtmValues.Strings(properties, "topics").Contains("sanction", StringComparer.Ordinal))
            {
                if (!_topicPrograms.TryGetValue(id, out var programs)) _topicPrograms[id] = programs = [];
                programs.AddRange(FtmValues.Strings(properties, "programId"));
            }
        }

        private void Relation(string id, string schema, (string From, string To, EdgeType Type, string RoleProperty) relation,
            JsonElement properties, string source, string location)
        {
            var from = FtmValues.Strings(properties, relation.From);
            var to = FtmValues.Strings(properties, relation.To);
            if (from.Count == 0 || to.Count == 0)
            {
                Error(location, from.Count == 0 ? relation.From : relation.To, $"The {schema} has no {(from.Count == 0 ? relation.From : relation.To)} and was skipped.");
                return;
            }
            if (from.Count > 1 || to.Count > 1)
                Warn(location, from.Count > 1 ? relation.From : relation.To, $"The {schema} names several parties on one side; only the first is used.");
            if (string.Equals(from[0], to[0], StringComparison.Ordinal))
            {
                Error(location, relation.To, $"The {schema} links {from[0]} to itself and was skipped.");
                return;
            }
            double? percentage = null;
            if (relation.Type == EdgeType.Ownership && FtmValues.First(properties, "percentage") is { } pctText)
            {
                if (FtmValues.TryPercentage(pctText, out var pct) && pct is >= 0 and <= 100) percentage = pct;
                else Warn(location, "percentage", $"'{pctText}' is not a percentage between 0 and 100; the share is treated as unknown.");
            }
            var (start, end) = Dates(properties, location);
            var role = FtmValues.First(properties, relation.RoleProperty);
            if (schema == "Representation") role = role is null ? "representation: agent" : "representation: " + role;
            if (schema == "Employment") role = role is null ? "employment" : "employment: " + role;
            var added = builder.AddEdge(new NetworkEdge(from[0], to[0], relation.Type)
            {
                Id = id,
                Percentage = percentage,
                Role = role is null ? null : Cap(role, location),
                Start = start,
                End = end,
                Source = source,
                Confidence = options.DefaultConfidence,
            });
            if (added) _edges++;
        }

        private void Sanction(JsonElement properties, string source, string location)
        {
            var targets = FtmValues.Strings(properties, "entity");
            if (targets.Count == 0)
            {
                Error(location, "entity", "The Sanction names no entity and was skipped.");
                return;
            }
            var authority = FtmValues.First(properties, "authority");
            var programId = FtmValues.First(properties, "programId");
            var program = FtmValues.First(properties, "program") ?? programId;
            var countries = FtmValues.Strings(properties, "country");
            var codes = (countries.Count == 0 ? [null] : countries.Select(c => (string?)c))
                .Select(c => SanctionAuthorities.Code(c, authority, programId))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            DateOnly? start = null, end = null;
            foreach (var text in FtmValues.Strings(properties, "startDate").Concat(FtmValues.Strings(properties, "listingDate")))
            {
                if (FtmValues.TryDate(text, end: false, out var d)) start = start is { } s && s <= d ? s : d;
                else Warn(location, "startDate", $"'{text}' is not an ISO date; ignored.");
            }
            foreach (var text in FtmValues.Strings(properties, "endDate"))
            {
                if (FtmValues.TryDate(text, end: true, out var d)) end = end is { } e && e >= d ? e : d;
                else Warn(location, "endDate", $"'{text}' is not an ISO date; ignored.");
            }
            if (start is { } a && end is { } b && b < a)
            {
                Warn(location, "endDate", "The sanction ends before it starts; the end date is ignored.");
                end = null;
            }
            foreach (var target in targets)
            {
                _sanctioned.Add(target);
                foreach (var code in codes)
                {
                    builder.AddListing(target, new NodeListing(code, program, authority, start, end, source));
                    _listings++;
                }
            }
        }

        private void Identification(string schema, JsonElement properties, string location)
        {
            var holder = FtmValues.First(properties, "holder");
            var number = FtmValues.First(properties, "number");
            if (holder is null || number is null)
            {
                _skipped++;
                return;
            }
            var country = FtmValues.First(properties, "country");
            var type = FtmValues.First(properties, "type") ?? schema;
            builder.AddIdentifier(holder, new EntityIdentifier(Cap(type, location), Cap(number, location), country is null ? null : Countries.ToCode(country)));
        }

        private (DateOnly? Start, DateOnly? End) Dates(JsonElement properties, string location)
        {
            DateOnly? start = null, end = null;
            if (FtmValues.First(properties, "startDate") is { } s)
            {
                if (FtmValues.TryDate(s, end: false, out var d)) start = d;
                else Warn(location, "startDate", $"'{s}' is not an ISO date; the start is treated as unknown.");
            }
            if (FtmValues.First(properties, "endDate") is { } e)
            {
                if (FtmValues.TryDate(e, end: true, out var d)) end = d;
                else Warn(location, "endDate", $"'{e}' is not an ISO date; the end is treated as unknown.");
            }
            if (start is { } a && end is { } b && b < a)
            {
                Warn(location, "endDate", string.Create(CultureInfo.InvariantCulture, $"The end {b:yyyy-MM-dd} is before the start {a:yyyy-MM-dd}; the end is ignored."));
                end = null;
            }
            return (start, end);
        }

        private string Cap(string text, string location)
        {
            if (text.Length <= options.MaxNameChars) return text;
            Warn(location, "name", $"A value of {text.Length} characters was cut to {options.MaxNameChars}.");
            return text[..options.MaxNameChars];
        }
    }
}
