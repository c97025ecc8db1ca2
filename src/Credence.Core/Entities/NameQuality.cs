namespace Credence.Core.Entities;

/// <summary>How much a list trusts a name. OFAC and OFSI mark some aliases "weak" (low quality).</summary>
public enum NameQuality
{
    Strong = 0,
    Weak,
}
