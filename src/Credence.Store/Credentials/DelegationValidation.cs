using Credence.Core.Entities;
using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>Checks a delegation's persons and letter before anything is stored.</summary>
public static class DelegationValidation
{
    /// <summary>Longest name or alias accepted, in characters.</summary>
    public const int MaxNameLength = 300;

    /// <summary>
    /// The reasons the persons and letter cannot be stored; empty when they can. Requires exactly one head of delegation,
    /// a name for everyone, known roles, well-formed dates of birth and nationalities, and a complete letter when given.
    /// </summary>
    public static IReadOnlyList<CredentialsError> Validate(IReadOnlyList<PersonInput> persons, LetterInput? letter)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var errors = new List<CredentialsError>();
        var heads = persons.Count(p => p?.Role == DelegationRole.Head);
        if (heads != 1)
            errors.Add(new("persons", $"A delegation has exactly one head of delegation; this one has {heads}."));
        for (var i = 0; i < persons.Count; i++)
        {
            var at = $"persons[{i}]";
            var person = persons[i];
            if (person is null)
            {
                errors.Add(new(at, "Empty entry."));
                continue;
            }
            if (!Enum.IsDefined(person.Role)) errors.Add(new(at + ".role", $"Unknown role {(int)person.Role}."));
            if (string.IsNullOrWhiteSpace(person.Name)) errors.Add(new(at + ".name", "A name is required."));
            else if (person.Name.Length > MaxNameLength) errors.Add(new(at + ".name", $"Longer than {MaxNameLength} characters."));
            if (person.Aliases.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > MaxNameLength))
                errors.Add(new(at + ".aliases", $"Aliases must be non-empty and at most {MaxNameLength} characters."));
            if (person.BirthDate is not null && !PartialDate.TryParseIso(person.BirthDate, out _))
                errors.Add(new(at + ".birthDate", $"'{person.BirthDate}' is not YYYY, YYYY-MM or YYYY-MM-DD."));
            if (person.Nationality is not null && !Countries.IsCode(person.Nationality.Trim()))
                errors.Add(new(at + ".nationality", $"'{person.Nationality}' is not an ISO 3166-1 alpha-2 code."));
            if (person.DocumentNumber is { Length: > 64 }) errors.Add(new(at + ".documentNumber", "Longer than 64 characters."));
        }
        if (letter is not null)
        {
            if (string.IsNullOrWhiteSpace(letter.IssuingAuthority)) errors.Add(new("letter.issuingAuthority", "The issuing authority is required."));
            if (string.IsNullOrWhiteSpace(letter.Signatory)) errors.Add(new("letter.signatory", "The signatory is required."));
            if (!Enum.IsDefined(letter.Office)) errors.Add(new("letter.office", $"Unknown office {(int)letter.Office}."));
            if (string.IsNullOrWhiteSpace(letter.FileName)) errors.Add(new("letter.fileName", "The file name is required."));
            if (letter.Content is null || letter.Content.Length == 0) errors.Add(new("letter.content", "The letter's file is empty."));
        }
        return errors;
    }
}
