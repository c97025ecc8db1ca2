namespace Credence.Store.Credentials;

/// <summary>The outcome of a credentials workflow call: a value when <see cref="Status"/> is Ok, the reasons otherwise.</summary>
/// <typeparam name="T">The value on success.</typeparam>
public sealed record CredentialsResult<T>
{
    public required CredentialsStatus Status { get; init; }

    /// <summary>The value; set only when <see cref="Status"/> is <see cref="CredentialsStatus.Ok"/>.</summary>
    public T? Value { get; init; }

    /// <summary>Why it failed; empty on success.</summary>
    public IReadOnlyList<CredentialsError> Errors { get; init; } = [];

    public bool Succeeded => Status == CredentialsStatus.Ok;

    public static CredentialsResult<T> Ok(T value) => new() { Status = CredentialsStatus.Ok, Value = value };

    public static CredentialsResult<T> Fail(CredentialsStatus status, string field, string message) =>
        new() { Status = status, Errors = [new CredentialsError(field, message)] };

    public static CredentialsResult<T> Invalid(IReadOnlyList<CredentialsError> errors) =>
        new() { Status = CredentialsStatus.Invalid, Errors = errors };

    public static CredentialsResult<T> NotFound(string field, string message) => Fail(CredentialsStatus.NotFound, field, message);
}
