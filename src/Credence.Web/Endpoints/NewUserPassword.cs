namespace Credence.Web.Endpoints;

/// <summary>A user's generated password, returned once when the user is created or the password reset; it is stored only hashed.</summary>
public sealed record NewUserPassword(string Name, string Role, string Password);
