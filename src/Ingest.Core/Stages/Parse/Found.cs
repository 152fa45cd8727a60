using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>A block found in HTML with the source position of its element; spans are set once all are found.</summary>
internal sealed record Found(int Start, Block Block);
