namespace Credence.Lists.Common;

/// <summary>A publisher's list: its id, what it is called, who imposes it, and where the publisher serves it.</summary>
/// <param name="Id">Stable source id used in entity ids, e.g. "ofac-sdn".</param>
/// <param name="Name">What people call it.</param>
/// <param name="Authority">The sanctioning authority: "us", "un", "eu", "gb", "ca", or "" when mixed or unknown.</param>
/// <param name="OfficialUrl">The publisher's download address for `lists update`, or null when there is none.</param>
public sealed record ListSource(string Id, string Name, string Authority, string? OfficialUrl);
