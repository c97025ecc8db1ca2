using System.Globalization;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;

namespace Credence.Web.Challenges;

/// <summary>Reads what a challenge is filed against from request values (query, headers or form), naming each bad field.</summary>
public static class ChallengeTargetInput
{
    /// <summary>Parses "delegation", "authority" or "person" (any case); numbers are refused so a typo is not a silent target.</summary>
    public static bool TryParseKind(string? kind, out ChallengeTarget target)
    {
        target = default;
        var text = kind?.Trim();
        return !string.IsNullOrEmpty(text) && !text.Any(char.IsDigit) && Enum.TryParse(text, ignoreCase: true, out target)
            && Enum.IsDefined(target);
    }

    /// <summary>The target, or the errors (field to messages) that stop it being read.</summary>
    public static (ChallengeTargetRef? Target, Dictionary<string, string[]> Errors) Read(long? sessionId, string? kind, long? targetId, long? memberId)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (sessionId is null) errors["sessionId"] = ["Say which session the challenge concerns."];
        if (!TryParseKind(kind, out var target)) errors["target"] = ["Use delegation, authority or person."];
        if (targetId is null) errors["targetId"] = ["Say which delegation, authority or person the challenge is against."];
        return errors.Count > 0 ? (null, errors) : (new ChallengeTargetRef(sessionId!.Value, target, targetId!.Value, memberId), errors);
    }

    /// <summary>Reads a page's target choice (see <see cref="ChallengeTargetChoice.Value"/>: "authority:12") with its session and member.</summary>
    public static (ChallengeTargetRef? Target, Dictionary<string, string[]> Errors) ReadChoice(long? sessionId, string? choice, long? memberId)
    {
        var parts = (choice ?? "").Split(':');
        long? targetId = parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return Read(sessionId, parts[0], targetId, memberId);
    }

    /// <summary>The workflow's errors as ValidationProblem fields.</summary>
    public static Dictionary<string, string[]> Errors(IReadOnlyList<CredentialsError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }
}
