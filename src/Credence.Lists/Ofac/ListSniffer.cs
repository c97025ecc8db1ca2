using System.Text;

namespace Credence.Lists.Ofac;

/// <summary>Looks at the first bytes of a file to tell which format it is, without reading it. Shared by the OFAC and UN list readers.</summary>
internal static class ListSniffer
{
    /// <summary>The head decoded leniently (byte-order marks and unmarked UTF-16 honoured), for looking only.</summary>
    public static string Text(ReadOnlySpan<byte> head) => ListText.Decode(head.ToArray(), Encoding.Latin1, "UTF-8", out _);

    /// <summary>The local name of the first element in the head ("sdnList" for &lt;ns:sdnList ...&gt;), or null when there is none.</summary>
    public static string? RootElement(ReadOnlySpan<byte> head)
    {
        var text = Text(head);
        var at = 0;
        while ((at = text.IndexOf('<', at)) >= 0 && at + 1 < text.Length)
        {
            // Skip the declaration, comments and DOCTYPE: the root is the first tag that starts with a name.
            if (text[at + 1] is '?' or '!')
            {
                at++;
                continue;
            }
            var end = at + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/')) end++;
            var name = text[(at + 1)..end];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? name[(colon + 1)..] : name;
        }
        return null;
    }
}
