using Credence.Core.Entities;
using Credence.Core.Matching;

namespace Credence.Core.Networks;

/// <summary>
/// A subject that is not listed itself but resolves to a graph entity that listed parties own or control, or that is a
/// relative, associate or officer of a listed party.
/// </summary>
/// <param name="Node">The graph entity the subject's name met.</param>
/// <param name="Entity">The same entity in the form screening results carry (source "network", source id = the node id).</param>
/// <param name="Score">The name score scaled by <see cref="LinkedPartyFinder.ScoreFactor"/>, so a linked hit ranks below a direct hit of the same name quality; in [0,1].</param>
/// <param name="NameMatch">How the name met the graph entity's name, token by token, as for a direct hit.</param>
/// <param name="Relation">"owned or controlled", "family", "associate", "officer" or "member".</param>
/// <param name="Regimes">The regimes that make the link relevant (e.g. "OFAC", "EU"), or the listing authorities' codes for personal links.</param>
/// <param name="ListedParty">The listed party at the other end of the shortest explaining path.</param>
/// <param name="Explanation">The path in words: "X is 100% owned by Y, listed by the EU, US and UK".</param>
public sealed record LinkedHit(
    NetworkNode Node,
    SanctionEntity Entity,
    double Score,
    HitExplanation NameMatch,
    string Relation,
    IReadOnlyList<string> Regimes,
    string ListedParty,
    string Explanation);
