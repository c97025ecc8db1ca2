using System.Reflection;
using Credence.Core.Entities;

namespace Credence.Core.Tests.Architecture;

/// <summary>Core is the .NET base library only: no packages, so the engine can be embedded anywhere and audited alone.</summary>
public sealed class CoreDependencyTests
{
    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(SanctionEntity).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var outside = references.Where(name => !IsBaseLibrary(name)).ToList();
        Assert.True(outside.Count == 0, "Credence.Core references " + string.Join(", ", outside));
        Assert.Contains("System.Runtime", references);
    }

    [Fact]
    public void CoreAssembly_ReferencesNoOtherCredenceProject() =>
        Assert.DoesNotContain(typeof(SanctionEntity).Assembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Credence.", StringComparison.Ordinal));

    // Framework assemblies ship with the runtime (System.*, Microsoft.Win32.*, netstandard); a package would not be there.
    private static bool IsBaseLibrary(string name)
    {
        if (name is "netstandard" or "mscorlib") return true;
        if (!name.StartsWith("System.", StringComparison.Ordinal) && !name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)) return false;
        var path = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name + ".dll");
        return File.Exists(path) || AssemblyName.ReferenceMatchesDefinition(new AssemblyName(name), typeof(object).Assembly.GetName());
    }
}
