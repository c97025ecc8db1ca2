namespace Credence.Store.Credentials.Model;

/// <summary>The letter that appoints a delegation, with the uploaded file and its SHA-256.</summary>
public sealed class CredentialLetter
{
    public long Id { get; set; }

    public long DelegationId { get; set; }

    /// <summary>The authority that issued it, as the letter names it.</summary>
    public required string IssuingAuthority { get; set; }

    /// <summary>The signatory's name.</summary>
    public required string Signatory { get; set; }

    public SignatoryOffice Office { get; set; }

    public DateOnly IssuedOn { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file's bytes, when stored in the database.</summary>
    public byte[]? Content { get; set; }

    /// <summary>Where the file is kept, when it is stored outside the database.</summary>
    public string? StoredPath { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
