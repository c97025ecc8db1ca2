using Credence.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels cleanly (an import records why it stopped); a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
return await CredenceApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
