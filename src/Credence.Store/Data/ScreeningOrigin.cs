namespace Credence.Store.Data;

/// <summary>Where a stored screening came from.</summary>
public enum ScreeningOrigin
{
    /// <summary>The web page "Screen a name".</summary>
    Web,

    /// <summary><c>POST /api/screenings</c>.</summary>
    Api,

    /// <summary>A row of a batch job.</summary>
    Batch,

    /// <summary>The yente-compatible <c>/match</c> endpoint.</summary>
    Match,

    /// <summary>A monitored subject re-screened after a list changed.</summary>
    Monitoring,

    /// <summary>The command line.</summary>
    Cli,

    /// <summary>A delegate screened by the credentials workflow.</summary>
    Credentials,
}
