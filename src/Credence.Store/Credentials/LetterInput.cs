using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A credential letter as uploaded. Its SHA-256 is computed from <paramref name="Content"/>.</summary>
/// <param name="IssuingAuthority">The authority that issued it, as the letter names it.</param>
/// <param name="Signatory">Who signed it.</param>
/// <param name="Office">The signatory's office.</param>
/// <param name="IssuedOn">The letter's date.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Content">The file's bytes; stored in the database unless <see cref="StoredPath"/> is given.</param>
public sealed record LetterInput(
    string IssuingAuthority, string Signatory, SignatoryOffice Office, DateOnly IssuedOn, string FileName, byte[] Content)
{
    /// <summary>Where the host stored the file, when it keeps files outside the database; the bytes are then not stored.</summary>
    public string? StoredPath { get; init; }
}
