using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Credence.Web.Tests.Screening;

/// <summary>Helpers for the batch tests: upload a CSV and wait for a job to finish.</summary>
internal static class BatchTestClient
{
    public static Task<HttpResponseMessage> UploadCsvAsync(HttpClient client, string csv, string fileName = "subjects.csv")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return client.PostAsync("/api/screenings/batch", content);
    }

    /// <summary>Polls the job until it has finished (the worker runs in the test server); gives up after a minute.</summary>
    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, long id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/screenings/batch/{id}");
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Batch job {id} did not finish.");
    }
}
