namespace Ingest.Pdf.Filters;

/// <summary>A growable byte buffer that refuses to grow past a limit (decompression-bomb guard).</summary>
internal sealed class BoundedOutput(long limit, int initialCapacity = 256)
{
    private byte[] _buffer = new byte[Math.Max(16, (int)Math.Min(initialCapacity, Math.Min(limit, 1 << 24)))];

    public int Length { get; private set; }

    public void Write(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void Write(ReadOnlySpan<byte> values)
    {
        Ensure(values.Length);
        values.CopyTo(_buffer.AsSpan(Length));
        Length += values.Length;
    }

    public byte this[int index] => _buffer[index];

    public Span<byte> WritableSpan(int size)
    {
        Ensure(size);
        return _buffer.AsSpan(Length, size);
    }

    public void Advance(int count) => Length += count;

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private void Ensure(int extra)
    {
        var needed = (long)Length + extra;
        if (needed > limit)
        {
            throw new StreamLimitException(limit);
        }
        if (needed > _buffer.Length)
        {
            var size = Math.Min(Math.Max(needed, (long)_buffer.Length * 2), Math.Min(limit, Array.MaxLength));
            Array.Resize(ref _buffer, (int)size);
        }
    }
}
