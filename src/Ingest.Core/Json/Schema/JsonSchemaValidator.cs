using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ingest.Core.Json.Schema;

/// <summary>Validates JSON against a JSON Schema (draft 2020-12, and the draft-07 forms SARIF's schema uses).</summary>
/// <remarks>
/// Written for Ingest because no validator restores from our package source. It covers the assertion keywords
/// of the Validation vocabulary, the applicators (allOf, anyOf, oneOf, not, if/then/else, properties,
/// patternProperties, additionalProperties, items, prefixItems, contains) and local <c>$ref</c> to JSON pointers;
/// <c>format</c> is an annotation (2020-12 §7.2) and is not asserted. Remote references are not fetched.
/// </remarks>
public sealed partial class JsonSchemaValidator(JsonNode schema)
{
    private const int MaxDepth = 200;

    public IReadOnlyList<SchemaError> Validate(JsonNode? instance)
    {
        var errors = new List<SchemaError>();
        Check(schema, instance, "$", errors, 0);
        return errors;
    }

    private void Check(JsonNode? rule, JsonNode? instance, string path, List<SchemaError> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            errors.Add(new SchemaError(path, "schema nesting too deep (a $ref cycle?)"));
            return;
        }
        switch (rule)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.False:
                errors.Add(new SchemaError(path, "no value is allowed here"));
                return;
            case JsonObject obj:
                CheckObjectSchema(obj, instance, path, errors, depth);
                return;
        }
    }

    private void CheckObjectSchema(JsonObject rule, JsonNode? instance, string path, List<SchemaError> errors, int depth)
    {
        if (rule["$ref"] is JsonValue reference)
        {
            Check(Resolve(reference.GetValue<string>()), instance, path, errors, depth + 1);
        }
        if (rule["type"] is { } type && !TypeMatches(type, instance))
        {
            errors.Add(new SchemaError(path, $"expected {Describe(type)}, found {KindOf(instance)}"));
            return;
        }
        if (rule["const"] is { } constant || rule.ContainsKey("const"))
        {
            if (!JsonNode.DeepEquals(rule["const"], instance))
            {
                errors.Add(new SchemaError(path, $"expected {Show(rule["const"])}, found {Show(instance)}"));
            }
        }
        if (rule["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, instance)))
        {
            errors.Add(new SchemaError(path, $"expected one of {string.Join(", ", options.Select(Show))}; found {Show(instance)}"));
        }
        switch (instance)
        {
            case JsonObject obj:
                CheckObject(rule, obj, path, errors, depth);
                break;
            case JsonArray array:
                CheckArray(rule, array, path, errors, depth);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                CheckString(rule, value.GetValue<string>(), path, errors);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                CheckNumber(rule, NumberOf(value), path, errors);
                break;
        }
        CheckCombinators(rule, instance, path, errors, depth);
    }

    private JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new InvalidOperationException($"Only local $ref is supported, not '{reference}'.");
        }
        JsonNode? node = schema;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[name],
                JsonArray array => array[int.Parse(name, CultureInfo.InvariantCulture)],
                _ => null,
            };
        }
        return node ?? throw new InvalidOperationException($"$ref '{reference}' points nowhere in the schema.");
    }

    private static bool TypeMatches(JsonNode type, JsonNode? instance) => type switch
    {
        JsonArray names => names.Any(n => n is not null && IsOfType(n.GetValue<string>(), instance)),
        _ => IsOfType(type.GetValue<string>(), instance),
    };

    private static bool IsOfType(string type, JsonNode? instance) => type switch
    {
        "null" => instance is null,
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => instance is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number && double.IsInteger(NumberOf(v)),
        _ => false,
    };

    internal static double NumberOf(JsonValue value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Describe(JsonNode type) => type is JsonArray names
        ? string.Join(" or ", names.Select(n => n!.GetValue<string>()))
        : type.GetValue<string>();

    private static string KindOf(JsonNode? instance) => instance switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"string {Show(v)}",
            JsonValueKind.Number => $"number {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => "a value",
    };

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();

    private static string Child(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}[{JsonSerializer.Serialize(name, JsonContext.Default.String)}]";

    private static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
}
