using System.Buffers.Binary;
using System.Text;

namespace Ingest.Core.Stages.Language;

/// <summary>Reads the little-endian fields of the profile format in place, without copying (load time counts).</summary>
internal ref struct ProfileReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly int Remaining => _data.Length - _position;

    public byte Byte() => _data[_position++];

    public ushort UInt16()
    {
        var value = BinaryPrimitives.ReadUInt16LittleEndian(_data[_position..]);
        _position += 2;
        return value;
    }

    public uint UInt32()
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    public float Single()
    {
        var value = BinaryPrimitives.ReadSingleLittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    public string Ascii(int length)
    {
        var value = Encoding.ASCII.GetString(_data.Slice(_position, length));
        _position += length;
        return value;
    }
}
