namespace Credence.Store.Review;

/// <summary>Escapes user text for a SQL LIKE pattern, so that "%" and "_" in a search are matched as themselves.</summary>
internal static class LikePattern
{
    /// <summary>The escape character the patterns use.</summary>
    public const string EscapeCharacter = "\\";

    /// <summary><paramref name="text"/> with the escape character, "%" and "_" escaped.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
