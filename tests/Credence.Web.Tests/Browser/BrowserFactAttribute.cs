namespace Credence.Web.Tests.Browser;

/// <summary>
/// A browser test: it needs Chromium (Debian's package at /usr/bin/chromium, or the path in CREDENCE_CHROMIUM). CI installs
/// it; on a machine without it the test is skipped with a message saying how to install it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserServer.ChromiumPath is null)
            Skip = "Chromium is not installed: run 'apt-get install -y chromium' (or set CREDENCE_CHROMIUM) to run the browser tests.";
    }
}
