using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Lists.Common;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;

namespace Credence.Store.Tests.Review;

/// <summary>A one-entity list and a recorder over a test store, to raise alerts to decide.</summary>
internal static class ReviewFixture
{
    public const string ListedName = "Ivan Petrovich Sidorov";

    public static ScreeningCorpus Corpus(string? remarks = null)
    {
        var entity = TestLists.Entity("custom", "7", ListedName);
        var listed = remarks is null ? entity : WithRemarks(entity, remarks);
        return ScreeningCorpus.FromLists(
            [
                new LoadedList
                {
                    Result = new ListReadResult { Source = "custom", Format = ListFormat.CustomCsv, Entities = [listed] },
                    Sha256 = remarks is null ? "aa" : "bb",
                    Files = ["/tmp/lists/custom.csv"],
                },
            ],
            new MatchingOptions { Threshold = 0.5 });
    }

    public static Task<RecordedScreening> ScreenAsync(
        CredenceDbContext db, TimeProvider time, ScreeningCorpus corpus, string name = "Ivan Sidorov", string actor = "screener1") =>
        new ScreeningRecorder(db, time).ScreenAsync(
            corpus, new ScreeningRequest { Query = new ScreeningQuery { Name = name }, Actor = actor, Origin = ScreeningOrigin.Api });

    private static SanctionEntity WithRemarks(SanctionEntity entity, string remarks) => new()
    {
        Source = entity.Source,
        SourceId = entity.SourceId,
        Schema = entity.Schema,
        Names = entity.Names,
        Remarks = remarks,
        Raw = entity.Raw,
    };
}
