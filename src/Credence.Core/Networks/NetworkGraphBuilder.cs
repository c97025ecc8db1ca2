using Credence.Core.Entities;

namespace Credence.Core.Networks;

/// <summary>
/// Collects nodes, listings and edges from any number of sources, then builds one immutable <see cref="NetworkGraph"/>. Nodes with
/// the same id are merged (names, aliases, identifiers, countries and listings are united); edges with the same non-null id are kept
/// once; an edge or listing may name a node no source describes, which becomes a placeholder. Not thread-safe.
/// </summary>
public sealed class NetworkGraphBuilder
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<NodeDraft> _nodes = [];
    private readonly List<EdgeData> _edges = [];
    private readonly HashSet<string> _edgeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    /// <summary>Adds a node, or merges it into the node with the same id.</summary>
    /// <exception cref="ArgumentException">The id or name is empty.</exception>
    public NetworkGraphBuilder AddNode(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrWhiteSpace(node.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(node.Name);
        var draft = _nodes[IndexOf(node.Id)];
        draft.Merge(node);
        return this;
    }

    /// <summary>Adds a listing to the node with that id, creating a placeholder node when none exists yet. Duplicate listings are kept once.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public NetworkGraphBuilder AddListing(string entityId, NodeListing listing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentNullException.ThrowIfNull(listing);
        _nodes[IndexOf(entityId)].AddListing(listing);
        return this;
    }

    /// <summary>Adds an identifier to the node with that id, creating a placeholder node when none exists yet.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public NetworkGraphBuilder AddIdentifier(string entityId, EntityIdentifier identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentNullException.ThrowIfNull(identifier);
        _nodes[IndexOf(entityId)].AddIdentifier(identifier);
        return this;
    }

    /// <summary>Adds an edge. Its end nodes need not exist yet. An edge whose <see cref="NetworkEdge.Id"/> was already added is ignored.</summary>
    /// <returns>True when added, false when an edge with the same id was already there.</returns>
    /// <exception cref="ArgumentException">An id is empty, the percentage is outside 0..100, the confidence outside [0,1], or the end is before the start.</exception>
    public bool AddEdge(NetworkEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentException.ThrowIfNullOrWhiteSpace(edge.FromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(edge.ToId);
        if (edge.Percentage is { } p && (double.IsNaN(p) || p < 0 || p > 100))
            throw new ArgumentException($"Percentage {p} is outside 0..100.", nameof(edge));
        if (double.IsNaN(edge.Confidence) || edge.Confidence < 0 || edge.Confidence > 1)
            throw new ArgumentException($"Confidence {edge.Confidence} is outside [0,1].", nameof(edge));
        if (edge.Start is { } s && edge.End is { } e && e < s)
            throw new ArgumentException($"End {e:O} is before start {s:O}.", nameof(edge));
        if (edge.Id is not null && !_edgeIds.Add(edge.Id)) return false;
        _edges.Add(new EdgeData
        {
            From = IndexOf(edge.FromId),
            To = IndexOf(edge.ToId),
            Type = edge.Type,
            Percentage = edge.Percentage ?? double.NaN,
            Start = edge.Start?.DayNumber ?? int.MinValue,
            End = edge.End?.DayNumber ?? int.MaxValue,
            Confidence = edge.Confidence,
            Role = Intern(edge.Role),
            Source = Intern(edge.Source),
            Id = edge.Id,
        });
        return true;
    }

    /// <summary>Builds the immutable graph. The builder can be used again afterwards; later additions do not change the built graph.</summary>
    public NetworkGraph Build()
    {
        var nodes = new NetworkNode[_nodes.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = _nodes[i].ToNode();
        var index = new Dictionary<string, int>(_index, StringComparer.Ordinal);
        return new NetworkGraph(nodes, index, [.. _edges], [.. _strings]);
    }

    private int IndexOf(string id)
    {
        if (_index.TryGetValue(id, out var i)) return i;
        i = _nodes.Count;
        _nodes.Add(new NodeDraft(id));
        _index.Add(id, i);
        return i;
    }

    private int Intern(string? text)
    {
        if (text is null) return -1;
        if (_stringIndex.TryGetValue(text, out var i)) return i;
        i = _strings.Count;
        _strings.Add(text);
        _stringIndex.Add(text, i);
        return i;
    }

    /// <summary>What the sources said about one node so far.</summary>
    private sealed class NodeDraft(string id)
    {
        private string? _name;
        private string _schema = "";
        private List<string>? _aliases;
        private List<EntityIdentifier>? _identifiers;
        private List<string>? _countries;
        private List<NodeListing>? _listings;

        public void Merge(NetworkNode node)
        {
            if (_name is null) _name = node.Name;
            else if (!string.Equals(_name, node.Name, StringComparison.Ordinal)) AddTo(ref _aliases, node.Name);
            if (_schema.Length == 0) _schema = node.Schema;
            foreach (var alias in node.Aliases)
            {
                if (!string.Equals(alias, _name, StringComparison.Ordinal)) AddTo(ref _aliases, alias);
            }
            foreach (var identifier in node.Identifiers) AddTo(ref _identifiers, identifier);
            foreach (var country in node.Countries) AddTo(ref _countries, country);
            foreach (var listing in node.Listings) AddListing(listing);
        }

        public void AddListing(NodeListing listing) => AddTo(ref _listings, listing);

        public void AddIdentifier(EntityIdentifier identifier) => AddTo(ref _identifiers, identifier);

        public NetworkNode ToNode() => new()
        {
            Id = id,
            Name = _name ?? id,
            Schema = _schema,
            Aliases = _aliases?.ToArray() ?? [],
            Identifiers = _identifiers?.ToArray() ?? [],
            Countries = _countries?.ToArray() ?? [],
            Listings = _listings?.ToArray() ?? [],
            IsPlaceholder = _name is null,
        };

        private static void AddTo<T>(ref List<T>? list, T item)
        {
            list ??= [];
            if (!list.Contains(item)) list.Add(item);
        }
    }
}
