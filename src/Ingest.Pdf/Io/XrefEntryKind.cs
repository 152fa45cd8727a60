namespace Ingest.Pdf.Io;

/// <summary>Where an object lives according to the cross-reference data (ISO 32000-1, 7.5.4 and 7.5.8).</summary>
internal enum XrefEntryKind
{
    Free,
    InFile,
    InObjectStream,
}
