using System.Text;
using Credence.Lists.Common;

namespace Credence.Lists.Tests.Common;

/// <summary>Builds list inputs from text, bytes or the fixtures copied beside the test assembly.</summary>
internal static class TestInputs
{
    public static ListInput FromText(string fileName, string text) => FromBytes(fileName, Encoding.UTF8.GetBytes(text));

    public static ListInput FromBytes(string fileName, byte[] bytes) =>
        new() { FileName = fileName, Content = new MemoryStream(bytes, writable: false) };

    public static ListInput FromFixture(params string[] parts) =>
        FromBytes(Path.GetFileName(parts[^1]), File.ReadAllBytes(Fixture(parts)));

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
