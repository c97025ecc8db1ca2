namespace Credence.Web.Lists;

/// <summary>One source's settings under "Credence:Lists:Sources:ID".</summary>
public sealed class ListSourceSettings
{
    /// <summary>The files to fetch, imported together as one list; empty for the publisher's official address.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>False to never fetch this source; default true.</summary>
    public bool Enabled { get; set; } = true;
}
