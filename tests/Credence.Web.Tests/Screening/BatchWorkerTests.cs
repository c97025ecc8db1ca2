using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Screening;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Credence.Web.Tests.Screening;

public sealed class BatchWorkerTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public BatchWorkerTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Start_JobLeftRunningByEarlierRun_ResumesAfterItsLastStoredRow()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var uploads = Path.Combine(Path.GetDirectoryName(_factory.DatabasePath)!, "uploads");
        Directory.CreateDirectory(uploads);
        var input = Path.Combine(uploads, "left-over.csv");
        await File.WriteAllTextAsync(input, "name\nSoe Win\nThan Hlaing\n\"\"\nMin Aung Hlaing\n");
        long jobId;
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var job = new BatchJob
            {
                CreatedBy = "earlier",
                InputName = "left-over.csv",
                InputPath = input,
                Status = BatchJobStatus.Running,
                OptionsJson = "{}",
                ProcessedRows = 1,
            };
            db.BatchJobs.Add(job);
            await db.SaveChangesAsync();
            jobId = job.Id;
            // Row 1 was stored before the earlier run stopped.
            var corpus = await _factory.Services.GetRequiredService<CorpusProvider>().GetAsync();
            await scope.ServiceProvider.GetRequiredService<ScreeningRecorder>().ScreenAsync(corpus, new ScreeningRequest
            {
                Query = new ScreeningQuery { Name = "Soe Win" },
                Actor = "earlier",
                Origin = ScreeningOrigin.Batch,
                BatchJobId = jobId,
                BatchRow = 1,
            });
        }

        // A worker starting now, as the server's does at its next start.
        var worker = new BatchWorker(_factory.Services.GetRequiredService<IServiceScopeFactory>(), new BatchQueue(), NullLogger<BatchWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var finished = await BatchTestClient.WaitForJobAsync(client, jobId);

            Assert.Equal("completed", finished.GetProperty("status").GetString());
            Assert.Equal(4, finished.GetProperty("totalRows").GetInt32());
            Assert.Equal(4, finished.GetProperty("processedRows").GetInt32());
            Assert.Equal(1, finished.GetProperty("errorRows").GetInt32());
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var rows = await db.Screenings.Where(s => s.BatchJobId == jobId).OrderBy(s => s.BatchRow).Select(s => s.BatchRow!.Value).ToListAsync();
            Assert.Equal([1, 2, 4], rows);
            Assert.Equal(3, (await db.BatchRowErrors.SingleAsync(e => e.BatchJobId == jobId)).Row);
        }
        Assert.False(File.Exists(input));
    }
}
