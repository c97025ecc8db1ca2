using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Credence.Store.Tests.Support;

/// <summary>Throws (or cancels) from inside SaveChanges on the Nth call, to interrupt an import mid-write.</summary>
internal sealed class FailingSaveInterceptor(int failOnCall, Action fail) : SaveChangesInterceptor
{
    private int _calls;

    public int Calls => _calls;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) == failOnCall) fail();
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(result);
    }
}
