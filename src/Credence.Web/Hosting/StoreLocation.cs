namespace Credence.Web.Hosting;

/// <summary>The full path of the SQLite file the server uses.</summary>
public sealed record StoreLocation(string Path);
