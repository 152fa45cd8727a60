using System.Diagnostics;
using System.Globalization;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Output;

/// <summary>One self-overwriting status line on a terminal: files done of total, throughput and the current file.</summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<RunProgress>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = -Interval;
    private int _width;

    public void Report(RunProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now - _last < Interval && value.Done < value.Total)
            {
                return;
            }
            _last = now;
            var seconds = Math.Max(now.TotalSeconds, 0.001);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{value.Done}/{value.Total}] {value.Done / seconds:F1} files/s, {value.BytesDone / seconds / 1e6:F1} MB/s  {Shorten(value.CurrentPath, 50)}");
            error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    public void Dispose() => _clock.Stop();

    private static string Shorten(string path, int max) => path.Length <= max ? path : "…" + path[^(max - 1)..];
}
