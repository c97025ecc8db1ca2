namespace Credence.Store.Credentials;

/// <summary>A clock stopped at one instant; the demo seed uses it to place its submissions on the 2021 timeline.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
