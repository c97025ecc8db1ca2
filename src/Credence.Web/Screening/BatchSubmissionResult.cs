using Credence.Store.Data;

namespace Credence.Web.Screening;

/// <summary>What became of a batch upload: the queued job, or an HTTP status with a title and a reason.</summary>
public sealed record BatchSubmissionResult(BatchJob? Job, int StatusCode, string? Title, string? Detail)
{
    public static BatchSubmissionResult Refused(int statusCode, string title, string detail) => new(null, statusCode, title, detail);
}
