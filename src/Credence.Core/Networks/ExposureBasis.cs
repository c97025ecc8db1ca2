namespace Credence.Core.Networks;

/// <summary>Why a regime treats an entity as blocked (or that it does not).</summary>
public enum ExposureBasis
{
    /// <summary>Not blocked under the regime.</summary>
    None = 0,
    /// <summary>The entity is listed itself under the regime.</summary>
    Listed,
    /// <summary>Listed or blocked owners hold the threshold share.</summary>
    Ownership,
    /// <summary>A listed or blocked party controls it (regimes where control counts).</summary>
    Control,
}
