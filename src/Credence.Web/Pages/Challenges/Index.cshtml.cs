using Credence.Web.Challenges;
using Credence.Web.Endpoints;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Challenges;

/// <summary>/challenges: every challenge with its target and endorsement count, filtered by session.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ChallengeQuery _query;
    private readonly IAuthorizationService _authorization;

    public IndexModel(ChallengeQuery query, IAuthorizationService authorization)
    {
        _query = query;
        _authorization = authorization;
    }

    [BindProperty(SupportsGet = true)]
    public long? SessionId { get; set; }

    public IReadOnlyList<ChallengeListItem> Challenges { get; private set; } = [];

    public IReadOnlyList<(long Id, string Label)> Sessions { get; private set; } = [];

    public bool CanImport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sessions = await _query.SessionsAsync(cancellationToken).ConfigureAwait(false);
        Challenges = await _query.ListAsync(SessionId, null, cancellationToken).ConfigureAwait(false);
        CanImport = (await _authorization.AuthorizeAsync(User, CredencePolicies.Committee).ConfigureAwait(false)).Succeeded;
    }
}
