using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>A person of a delegation's current version.</summary>
public sealed record PersonView(
    long Id, DelegationRole Role, string Name, IReadOnlyList<string> Aliases, string? BirthDate, string? Nationality,
    string? Function, string? Rank, string? DocumentNumber)
{
    public static PersonView From(DelegationPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(person.Id, person.Role, person.Name, person.AliasList(), person.BirthDate, person.Nationality, person.Function,
            person.Rank, person.DocumentNumber);
    }
}
