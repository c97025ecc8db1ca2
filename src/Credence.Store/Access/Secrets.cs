using System.Security.Cryptography;
using System.Text;

namespace Credence.Store.Access;

/// <summary>Generates passwords and API keys from the system's cryptographic random source, and hashes keys.</summary>
public static class Secrets
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!@#%+=";

    /// <summary>The prefix every Credence API key starts with, so a leaked key is recognisable in logs and code scans.</summary>
    public const string KeyPrefix = "crd_";

    /// <summary>
    /// A password of <paramref name="length"/> characters (default 20) with at least one lower-case letter, upper-case
    /// letter, digit and symbol; look-alike characters (l, 1, O, 0) are left out so it can be typed from a screen.
    /// </summary>
    public static string NewPassword(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 8);
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[length];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++) chars[i] = Pick(all);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>A new API key: <see cref="KeyPrefix"/> and 256 random bits in URL-safe base64 (47 characters in all).</summary>
    public static string NewApiKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return KeyPrefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>SHA-256 of the key's UTF-8 bytes, lower-case hex: what is stored and looked up.</summary>
    public static string HashApiKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
