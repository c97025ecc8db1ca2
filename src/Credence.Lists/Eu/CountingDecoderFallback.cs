using System.Text;

namespace Credence.Lists.Eu;

/// <summary>
/// Replaces each undecodable byte sequence with U+FFFD, as the default decoder does, and counts them, so a reader can keep going
/// through a wrongly encoded file and still tell the user that it did.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    public int Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending) return '\0';
            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
