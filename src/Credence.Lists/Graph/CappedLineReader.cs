using System.Text;

namespace Credence.Lists.Graph;

/// <summary>
/// Reads text lines with a length cap, so one enormous line (a 100 MB name) is skipped and reported instead of loaded. Lines end at
/// '\n'; a trailing '\r' is dropped. Invalid UTF-8 is replaced (U+FFFD) by the decoder, and the caller is told.
/// </summary>
internal sealed class CappedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line. Returns false at the end; <paramref name="tooLong"/> is true (and the line null) when it was over the cap.</summary>
    public bool TryRead(out string? line, out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = reader.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len == 0)
                {
                    if (!any)
                    {
                        line = null;
                        return false;
                    }
                    break;
                }
            }
            any = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf('\n');
            var chunk = nl >= 0 ? span[..nl] : span;
            if (!tooLong)
            {
                if (_line.Length + chunk.Length > maxChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(chunk);
                }
            }
            _pos += nl >= 0 ? nl + 1 : chunk.Length;
            if (nl >= 0) break;
        }
        LineNumber++;
        if (tooLong)
        {
            line = null;
            return true;
        }
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        line = _line.ToString();
        return true;
    }
}
