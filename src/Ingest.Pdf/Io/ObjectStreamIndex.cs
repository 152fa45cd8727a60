using Ingest.Pdf.Lexing;

namespace Ingest.Pdf.Io;

/// <summary>The decoded data of an object stream and the offsets of the objects it holds.</summary>
internal sealed class ObjectStreamIndex(byte[] data, int[] numbers, int[] offsets)
{
    public byte[] Data { get; } = data;

    public IReadOnlyList<int> Numbers => numbers;

    public static ObjectStreamIndex Parse(byte[] data, int count, int first)
    {
        var lexer = new PdfLexer(data);
        var numbers = new List<int>();
        var offsets = new List<int>();
        for (var i = 0; i < count && i < data.Length; i++)
        {
            var number = lexer.Next();
            var offset = lexer.Next();
            if (number.Kind != TokenKind.Integer || offset.Kind != TokenKind.Integer)
            {
                break;
            }
            numbers.Add((int)lexer.IntegerValue(number));
            offsets.Add((int)Math.Clamp(first + lexer.IntegerValue(offset), 0, data.Length));
        }
        return new ObjectStreamIndex(data, [.. numbers], [.. offsets]);
    }

    /// <summary>The data offset of object <paramref name="number"/>, trying the xref's index first.</summary>
    public int Find(int number, int index)
    {
        if (index >= 0 && index < numbers.Length && numbers[index] == number)
        {
            return offsets[index];
        }
        var at = System.Array.IndexOf(numbers, number);
        return at < 0 ? -1 : offsets[at];
    }
}
