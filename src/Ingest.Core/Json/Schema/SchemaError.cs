namespace Ingest.Core.Json.Schema;

/// <summary>One place where an instance breaks its schema: the JSON path (<c>$.stages[0].options</c>) and what was expected.</summary>
public sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
