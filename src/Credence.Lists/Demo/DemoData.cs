using System.Security.Cryptography;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;

namespace Credence.Lists.Demo;

/// <summary>Credence's own demo list (FollowTheMoney JSON, embedded), so the README's commands work with nothing downloaded.</summary>
public static class DemoData
{
    /// <summary>The demo list's file name, as diagnostics and raw record references give it.</summary>
    public const string FileName = "credence-demo.ftm.json";

    /// <summary>The manifest resource holding the demo list.</summary>
    public const string ResourceName = "Credence.Lists.Demo.credence-demo.ftm.json";

    /// <summary>The source the demo entities carry ("credence-demo"): it is Credence's own small list, not OpenSanctions data, and
    /// keeping it apart means importing a real list never replaces or mixes with it.</summary>
    public static ListSource Source => ListSources.Demo;

    /// <summary>Reads the embedded demo list: five entities (Min Aung Hlaing, Than Hlaing, Soe Win, MEHL, MEC) with their US, EU, UK
    /// and Canadian listings. <see cref="LoadedList.Files"/> holds "embedded:credence-demo.ftm.json".</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error, never user input).</exception>
    public static LoadedList Load()
    {
        using var resource = typeof(DemoData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DemoData).Assembly.GetName().Name}.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)));
        bytes.Position = 0;
        var result = new FtmJsonList(Source).Read(new ListInput { FileName = FileName, Content = bytes });
        return new LoadedList { Result = result, Sha256 = sha256, Files = ["embedded:" + FileName] };
    }
}
