using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Networks;
using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Screening;

/// <summary>Screen a name: the form, then the hits with their explanations; the screening is stored like any other.</summary>
[Authorize(Policy = CredencePolicies.Screen)]
public sealed class ScreenModel : PageModel
{
    private static readonly char[] IdentifierSeparators = [';', ',', '\n'];

    private readonly CorpusProvider _corpora;
    private readonly SubjectScreener _screener;
    private readonly ScreeningWriter _writer;
    private readonly NetworkProvider _network;

    public ScreenModel(CorpusProvider corpora, SubjectScreener screener, ScreeningWriter writer, NetworkProvider network)
    {
        _corpora = corpora;
        _screener = screener;
        _writer = writer;
        _network = network;
    }

    [BindProperty]
    public ScreenForm Form { get; set; } = new();

    /// <summary>The screening just run, after a successful post.</summary>
    public ScreeningView? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new ScreeningInput
        {
            Name = Form.Name,
            Schema = Form.Schema,
            BirthDate = Form.BirthDate,
            Country = Form.Country,
            Identifiers = Form.Identifiers?.Split(IdentifierSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var check = ScreeningInputs.Check(input);
        if (!check.IsValid)
        {
            foreach (var (field, messages) in check.Errors)
            {
                foreach (var message in messages) ModelState.AddModelError($"Form.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            }
            return Page();
        }
        var corpus = await _corpora.GetAsync(cancellationToken);
        var linked = (await _network.GetAsync()).Linked;
        var screened = _screener.Screen(
            corpus,
            new ScreeningRequest { Query = check.Query!, Actor = Actors.Name(User), Origin = ScreeningOrigin.Web },
            linked);
        var recorded = await _writer.StoreAsync(corpus, screened, cancellationToken);
        Result = ScreeningViews.From(recorded, screened, corpus);
        return Page();
    }
}
