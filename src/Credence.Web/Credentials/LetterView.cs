using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>A credential letter without its bytes: who issued and signed it, when, and the file's SHA-256.</summary>
public sealed record LetterView(
    long Id, string IssuingAuthority, string Signatory, SignatoryOffice Office, DateOnly IssuedOn, string FileName, string Sha256,
    DateTimeOffset UploadedAt, string UploadedBy)
{
    public static LetterView From(CredentialLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new(letter.Id, letter.IssuingAuthority, letter.Signatory, letter.Office, letter.IssuedOn, letter.FileName, letter.Sha256,
            letter.UploadedAt, letter.UploadedBy);
    }
}
