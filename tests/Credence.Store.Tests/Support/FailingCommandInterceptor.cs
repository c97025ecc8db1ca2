using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Credence.Store.Tests.Support;

/// <summary>Throws when a command whose text contains a marker runs, e.g. the UPDATE that activates a snapshot.</summary>
internal sealed class FailingCommandInterceptor(string marker) : DbCommandInterceptor
{
    public bool Armed { get; set; } = true;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed && command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            Armed = false;
            throw new InvalidOperationException("disk unplugged during activation");
        }
        return ValueTask.FromResult(result);
    }
}
