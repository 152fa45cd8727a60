namespace Ingest.Core.Model;

/// <summary>One section taking part in an alignment.</summary>
public sealed record AlignmentMember(string Document, string Section);
