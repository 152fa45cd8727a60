namespace Ingest.Pdf.Fonts;

/// <summary>A codespace range of a CMap: codes of <see cref="Bytes"/> bytes between <see cref="Low"/> and <see cref="High"/>.</summary>
internal readonly record struct CodespaceRange(uint Low, uint High, int Bytes)
{
    /// <summary>Whether the first <see cref="Bytes"/> bytes fall into the range, byte by byte (ISO 32000-1, 9.7.6.2).</summary>
    public bool Matches(ReadOnlySpan<byte> data)
    {
        if (data.Length < Bytes)
        {
            return false;
        }
        for (var i = 0; i < Bytes; i++)
        {
            var shift = 8 * (Bytes - 1 - i);
            var b = data[i];
            if (b < (byte)(Low >> shift) || b > (byte)(High >> shift))
            {
                return false;
            }
        }
        return true;
    }
}
