using System.CommandLine;
using System.CommandLine.Invocation;
using Credence.Cli.Commands;
using Credence.Lists.Common;
using Credence.Store.Data;

namespace Credence.Cli;

/// <summary>
/// The <c>credence</c> command line, callable in-process: <see cref="RunAsync"/> parses the arguments, runs the command
/// and returns its exit code, writing only to the writers it is given. Nothing escapes as a stack trace: bad input is one
/// line and exit code 1, anything unexpected one line and exit code 2.
/// </summary>
public sealed class CredenceApp
{
    private readonly TimeProvider _timeProvider;
    private readonly string _defaultDatabasePath;

    /// <param name="timeProvider">Stamps imports; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="defaultDatabasePath">The store used when --db is not given; default <see cref="CredenceDatabase.DefaultPath"/>.</param>
    public CredenceApp(TimeProvider? timeProvider = null, string? defaultDatabasePath = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _defaultDatabasePath = defaultDatabasePath ?? CredenceDatabase.DefaultPath();
    }

    /// <summary>Runs <c>credence</c> with the default clock and store.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        new CredenceApp().InvokeAsync(args, output, error, cancellationToken);

    /// <summary>Runs <c>credence</c> with <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var context = new CliContext { Out = output, Err = error, Time = _timeProvider, DefaultDatabasePath = _defaultDatabasePath };
        try
        {
            var root = new RootCommand("Credence: screen names against the official sanctions lists, with every hit explained.")
            {
                ScreenCommand.Create(context),
                CompareCommand.Create(context),
                ListsCommand.Create(context),
                NetworkCommand.Create(context),
                LettersCommand.Create(context),
                AccessCommands.Users(context),
                AccessCommands.Keys(context),
            };
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                await error.WriteLineAsync($"credence: {parse.Errors[0].Message} (see 'credence --help')").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var invocation = new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                // Ctrl+C is the host's to handle (Program cancels the token), so an import can record why it stopped.
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            return await FailAsync(error, ex.Message, ExitCodes.BadInput).ConfigureAwait(false);
        }
        catch (ListFormatException ex)
        {
            return await FailAsync(error, ex.Message, ExitCodes.BadInput).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return await FailAsync(error, ex.Message, ExitCodes.BadInput).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(error, "cancelled", ExitCodes.Cancelled).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return await FailAsync(error, $"unexpected error: {ex.GetType().Name}: {ex.Message}", ExitCodes.Unexpected).ConfigureAwait(false);
        }
    }

    private static async Task<int> FailAsync(TextWriter error, string message, int code)
    {
        await error.WriteLineAsync("credence: " + message.ReplaceLineEndings(" ")).ConfigureAwait(false);
        return code;
    }
}
