using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Review;

/// <summary>Raises alerts by screening the server's demo list through the store, without the screening API.</summary>
internal static class AlertSeed
{
    /// <summary>Screens <paramref name="name"/> and returns the new alert of its best hit.</summary>
    /// <param name="factory">The server.</param>
    /// <param name="name">A name on the demo list.</param>
    /// <param name="uniqueSubject">
    /// True to give the subject a key of its own, so that every call raises a new alert whatever earlier tests decided;
    /// false to screen exactly as the server would (suppressions apply).
    /// </param>
    public static async Task<RecordedScreening> ScreenAsync(CredenceWebFactory factory, string name = "Min Aung Hlaing", bool uniqueSubject = true)
    {
        using var scope = factory.Services.CreateScope();
        var corpus = await scope.ServiceProvider.GetRequiredService<CorpusProvider>().GetAsync();
        var recorder = scope.ServiceProvider.GetRequiredService<ScreeningRecorder>();
        var screened = recorder.Screen(corpus, new ScreeningRequest
        {
            Query = new ScreeningQuery { Name = name },
            Actor = "test",
            Origin = ScreeningOrigin.Api,
        });
        if (uniqueSubject) screened = screened with { SubjectKey = screened.SubjectKey + "|" + Guid.NewGuid().ToString("N") };
        return (await recorder.StoreAsync(corpus, [screened]))[0];
    }

    /// <summary>Raises a new alert on <paramref name="name"/> and returns it.</summary>
    public static async Task<Alert> RaiseAsync(CredenceWebFactory factory, string name = "Min Aung Hlaing")
    {
        var recorded = await ScreenAsync(factory, name);
        return recorded.Hits.First(h => h.Disposition == HitDisposition.NewAlert).Alert!;
    }
}
