namespace Credence.Store.Data;

/// <summary>The kinds of hit a screening stores (<see cref="ScreeningHitRecord.Kind"/>).</summary>
public static class HitKinds
{
    /// <summary>The subject matched a listed entity.</summary>
    public const string Direct = "direct";

    /// <summary>The subject matched an unlisted entity that listed parties own or control, or a relative or associate of one.</summary>
    public const string Linked = "linked";
}
