namespace Ingest.Pdf.Io;

/// <summary>One cross-reference entry: a byte offset, or an object stream number and index.</summary>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int Generation, int StreamNumber = 0, int Index = 0)
{
    public static XrefEntry InFile(long offset, int generation) => new(XrefEntryKind.InFile, offset, generation);

    public static XrefEntry InStream(int streamNumber, int index) => new(XrefEntryKind.InObjectStream, 0, 0, streamNumber, index);

    public static XrefEntry Free => new(XrefEntryKind.Free, 0, 0);
}
