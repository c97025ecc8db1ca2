using System.Globalization;
using Spectre.Console;

namespace Credence.Cli.Batch;

/// <summary>
/// Progress and row errors of a batch command. A progress bar is drawn on stderr only when stderr is an interactive
/// terminal; otherwise the command stays quiet apart from row errors and its closing summary.
/// </summary>
internal sealed class BatchProgress
{
    // Enough to find what is wrong with a file; a file with a million bad rows should not flood the terminal.
    private const int MaxReportedErrors = 100;

    private readonly CliContext _context;
    private readonly CsvInput _input;
    private readonly List<string> _held = [];
    private ProgressTask? _task;
    private int _rows;

    private BatchProgress(CliContext context, CsvInput input)
    {
        _context = context;
        _input = input;
    }

    public int Rows => _rows;

    public int Errors { get; private set; }

    /// <summary>Runs <paramref name="body"/> under a progress bar when stderr is a terminal, then prints held-back row errors.</summary>
    public static async Task<BatchProgress> RunAsync(CliContext context, CsvInput input, string label, Func<BatchProgress, Task> body)
    {
        var progress = new BatchProgress(context, input);
        var console = context.ErrIsTerminal ? context.ErrConsole : null;
        if (console is not null && console.Profile.Capabilities.Interactive)
        {
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    progress._task = ctx.AddTask(label, maxValue: Math.Max(1, input.Length));
                    await body(progress).ConfigureAwait(false);
                    progress._task.Value = progress._task.MaxValue;
                })
                .ConfigureAwait(false);
        }
        else
        {
            await body(progress).ConfigureAwait(false);
        }
        foreach (var line in progress._held) await context.Err.WriteLineAsync(line).ConfigureAwait(false);
        if (progress.Errors > MaxReportedErrors)
        {
            await context.Err.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"... and {progress.Errors - MaxReportedErrors:N0} more malformed rows")).ConfigureAwait(false);
        }
        return progress;
    }

    /// <summary>Counts a finished row; called from the pipeline's sink, one row at a time.</summary>
    public void Advance()
    {
        _rows++;
        if (_task is not null && (_rows & 255) == 0) _task.Value = _input.Position;
    }

    /// <summary>Reports a malformed row. Printed at once, or after the bar when a bar is drawn (so they do not fight).</summary>
    public async ValueTask RowErrorAsync(int row, string message)
    {
        Errors++;
        if (Errors > MaxReportedErrors) return;
        var line = string.Create(CultureInfo.InvariantCulture, $"row {row}: {message}; skipped");
        if (_task is not null) _held.Add(line);
        else await _context.Err.WriteLineAsync(line).ConfigureAwait(false);
    }
}
