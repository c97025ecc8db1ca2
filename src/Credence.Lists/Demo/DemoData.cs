using Credence.Lists.Common;

namespace Credence.Lists.Demo;

/// <summary>Credence's own demo list (FollowTheMoney JSON, embedded), so the README's commands work with nothing downloaded.</summary>
public static class DemoData
{
    /// <summary>Reads the embedded demo list.</summary>
    public static LoadedList Load() => throw new NotImplementedException();
}
