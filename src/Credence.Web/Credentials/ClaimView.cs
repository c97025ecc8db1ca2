using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>An authority's claim on a member with the recognition decisions on it, oldest first.</summary>
public sealed record ClaimView(AuthorityClaim Claim, IReadOnlyList<RecognitionDecision> Recognitions);
