namespace Credence.Store.Credentials;

/// <summary>Who acts in the delegation workflow, as the host has authenticated them.</summary>
/// <param name="Name">The user name (or "key:NAME"), written to the audit log and matched against focal-point assignments.</param>
/// <param name="IsSecretariat">True for the secretariat (admin), who may act for any member; false for a focal point.</param>
public sealed record CredentialsActor(string Name, bool IsSecretariat);
