namespace Credence.Web.Screening;

/// <summary>yente's description of one scoring feature: what it measures, its weight and where it is documented.</summary>
public sealed record YenteFeatureDoc(string? Description, double Coefficient, string Url);
