namespace Credence.Web.Screening;

/// <summary>yente's result count: the number and how exact it is ("eq").</summary>
public sealed record YenteTotal(int Value, string Relation);
