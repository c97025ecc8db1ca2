namespace Credence.TestSupport;

/// <summary>A fact on the real files in ../shared: skipped, with the reason, when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available) Skip = SharedData.MissingMessage;
    }
}
