namespace Credence.Web.Endpoints;

/// <summary>A new API key, returned once; only its SHA-256 is stored. Send it as "Authorization: Bearer KEY" or "X-Api-Key: KEY".</summary>
public sealed record NewApiKey(string Name, string Role, string Key);
