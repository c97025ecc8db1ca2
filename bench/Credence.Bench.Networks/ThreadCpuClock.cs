using System.Runtime.InteropServices;

namespace Credence.Bench.Networks;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). The benchmark machine is shared, so wall-clock tails include time
/// the thread spent waiting for a core; CPU time shows what a query costs. Returns NaN where the clock is unavailable.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6 : double.NaN;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
