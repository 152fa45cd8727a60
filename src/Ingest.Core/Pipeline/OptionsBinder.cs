using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Ingest.Core.Pipeline;

/// <summary>Binds options written in pipeline.json onto an options record, keeping the record's defaults for what is not written.</summary>
/// <remarks>
/// The source-generated serializer sets every init-only property when it builds a record, so a property missing from
/// the JSON would come out as 0, false or null instead of its default. Binding therefore overlays the JSON on the
/// serialized defaults and deserializes the complete object.
/// </remarks>
public static class OptionsBinder
{
    public static T Bind<T>(JsonObject? written, JsonTypeInfo<T> type) where T : new()
    {
        var defaults = (JsonObject)JsonSerializer.SerializeToNode(new T(), type)!;
        if (written is { Count: > 0 })
        {
            Overlay(defaults, written);
        }
        return defaults.Deserialize(type) ?? new T();
    }

    /// <summary>Writes <paramref name="written"/> into <paramref name="target"/>; nested objects merge, everything else replaces.</summary>
    private static void Overlay(JsonObject target, JsonObject written)
    {
        foreach (var (name, value) in written)
        {
            if (value is JsonObject nested && target[name] is JsonObject existing)
            {
                Overlay(existing, nested);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
