namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Splits a UTF-8 stream into lines of bytes without decoding it, so a JSON-lines file of any size is read in bounded memory. A line
/// longer than the limit is skipped (its bytes are read and dropped) and reported through <see cref="LineTooLong"/>.
/// </summary>
internal sealed class JsonLineSource(Stream stream, int maxLineBytes)
{
    private const int ChunkSize = 64 * 1024;

    private byte[] _buffer = new byte[ChunkSize];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _firstLine = true;
    // How far the last Fill moved buffered bytes towards the front, so a pending search position can follow them.
    private int _shift;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the line last returned was longer than the limit and its content was dropped.</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>Returns the next line without its line break (LF or CRLF), or false at the end of the stream. The memory is valid
    /// until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        LineTooLong = false;
        var searchFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = searchFrom + newline;
                line = Finish(_start, lineEnd);
                _start = lineEnd + 1;
                return true;
            }
            if (_eof)
            {
                if (_start >= _end)
                {
                    line = default;
                    return false;
                }
                line = Finish(_start, _end);
                _start = _end;
                return true;
            }
            if (_end - _start >= maxLineBytes)
            {
                DropRestOfLine();
                LineNumber++;
                _firstLine = false;
                LineTooLong = true;
                line = default;
                return true;
            }
            searchFrom = _end;
            Fill();
            searchFrom -= _shift;
        }
    }

    private ReadOnlyMemory<byte> Finish(int from, int to)
    {
        LineNumber++;
        if (to > from && _buffer[to - 1] == (byte)'\r') to--;
        if (_firstLine)
        {
            _firstLine = false;
            // A UTF-8 byte order mark (also what a transcoded UTF-16 mark becomes) is not part of the first record.
            if (to - from >= 3 && _buffer[from] == 0xEF && _buffer[from + 1] == 0xBB && _buffer[from + 2] == 0xBF) from += 3;
        }
        return _buffer.AsMemory(from, to - from);
    }

    private void Fill()
    {
        _shift = 0;
        if (_start > 0)
        {
            _shift = _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    private void DropRestOfLine()
    {
        _start = _end = 0;
        while (!_eof)
        {
            var read = stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _eof = true;
                return;
            }
            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _end = read;
                return;
            }
        }
    }
}
