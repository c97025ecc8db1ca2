using System.Text;
using Credence.Lists.Common;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Eu;

/// <summary>Inputs for the EU reader tests: fixtures beside the test assembly, inline text and bytes, and a guard against hangs.</summary>
internal static class EuTestFiles
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Eu", name);

    public static ListInput Fixture(string name) =>
        new() { FileName = name, Content = new MemoryStream(File.ReadAllBytes(FixturePath(name))) };

    public static ListInput Text(string text, string fileName = "test.xml") => Bytes(Encoding.UTF8.GetBytes(text), fileName);

    public static ListInput Bytes(byte[] bytes, string fileName = "test.xml") => new() { FileName = fileName, Content = new MemoryStream(bytes) };

    public static ListInput Shared(params string[] parts) =>
        new() { FileName = parts[^1], Content = new MemoryStream(File.ReadAllBytes(SharedData.Path(["data", .. parts]))) };

    /// <summary>
    /// Runs <paramref name="action"/> on the thread pool and fails the test if it has not finished within a generous bound, so a
    /// reader that expands entities or waits on a resolver fails instead of hanging the run.
    /// </summary>
    public static Exception? CatchWithin(Action action, int seconds = 60)
    {
        var task = Task.Run(() =>
        {
            try { action(); return null; }
            catch (Exception e) { return e; }
        });
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"the reader did not finish within {seconds} s");
        return task.Result;
    }

    /// <summary>A minimal current-format document around the given sanctionEntity elements.</summary>
    public static string Export(string entities, string generationDate = "2025-06-02T10:00:00.000+02:00") =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="{generationDate}">
        {entities}
        </export>
        """;

    /// <summary>A minimal legacy document around the given ENTITY elements.</summary>
    public static string Whole(string entities, string date = "11/02/2016") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <WHOLE Date="{date}">
        {entities}
        </WHOLE>
        """;
}
