namespace Credence.Lists.Common;

/// <summary>
/// Reads one list format end to end: the source folder's XxxReader turns bytes into XxxRecords, its XxxMapper turns those into Core
/// entities. A bad row becomes a diagnostic and reading goes on; input that is not this format at all throws <see cref="ListFormatException"/>.
/// </summary>
public interface IListFormatReader
{
    ListFormat Format { get; }

    ListReadResult Read(ListInput input, CancellationToken cancellationToken = default);
}
