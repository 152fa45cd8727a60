using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ingest.Core.Json.Schema;

public sealed partial class JsonSchemaValidator
{
    private void CheckObject(JsonObject rule, JsonObject instance, string path, List<SchemaError> errors, int depth)
    {
        if (rule["required"] is JsonArray required)
        {
            foreach (var name in required.Select(n => n!.GetValue<string>()).Where(n => !instance.ContainsKey(n)))
            {
                errors.Add(new SchemaError(path, $"missing required property '{name}'"));
            }
        }
        var properties = rule["properties"] as JsonObject;
        var patterns = (rule["patternProperties"] as JsonObject)?
            .Select(p => (Regex: new Regex(p.Key, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), Schema: p.Value))
            .ToList() ?? [];
        foreach (var (name, value) in instance)
        {
            var childPath = Child(path, name);
            var matched = false;
            if (properties?.TryGetPropertyValue(name, out var propertySchema) == true)
            {
                matched = true;
                Check(propertySchema, value, childPath, errors, depth + 1);
            }
            foreach (var pattern in patterns.Where(p => p.Regex.IsMatch(name)))
            {
                matched = true;
                Check(pattern.Schema, value, childPath, errors, depth + 1);
            }
            if (!matched && rule.TryGetPropertyValue("additionalProperties", out var additional))
            {
                if (additional is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
                {
                    var allowed = properties is null ? "none" : string.Join(", ", properties.Select(p => p.Key));
                    errors.Add(new SchemaError(childPath, $"unknown property '{name}'; expected one of: {allowed}"));
                }
                else
                {
                    Check(additional, value, childPath, errors, depth + 1);
                }
            }
            if (rule["propertyNames"] is { } names)
            {
                Check(names, JsonValue.Create(name), childPath, errors, depth + 1);
            }
        }
        if (rule["minProperties"] is JsonValue min && instance.Count < min.GetValue<int>())
        {
            errors.Add(new SchemaError(path, $"expected at least {min} properties, found {instance.Count}"));
        }
        if (rule["dependentRequired"] is JsonObject dependent)
        {
            foreach (var (name, needs) in dependent.Where(d => instance.ContainsKey(d.Key)))
            {
                foreach (var need in (needs as JsonArray ?? []).Select(n => n!.GetValue<string>()).Where(n => !instance.ContainsKey(n)))
                {
                    errors.Add(new SchemaError(path, $"'{name}' requires '{need}'"));
                }
            }
        }
    }

    private void CheckArray(JsonObject rule, JsonArray instance, string path, List<SchemaError> errors, int depth)
    {
        var prefix = rule["prefixItems"] as JsonArray ?? rule["items"] as JsonArray; // draft-07 array form of items
        var prefixCount = prefix?.Count ?? 0;
        for (var i = 0; i < instance.Count; i++)
        {
            if (i < prefixCount)
            {
                Check(prefix![i], instance[i], Item(path, i), errors, depth + 1);
            }
            else if (rule["items"] is JsonObject or JsonValue && rule["items"] is not JsonArray)
            {
                Check(rule["items"], instance[i], Item(path, i), errors, depth + 1);
            }
            else if (prefix is not null && rule["additionalItems"] is { } additional)
            {
                Check(additional, instance[i], Item(path, i), errors, depth + 1);
            }
        }
        if (rule["minItems"] is JsonValue min && instance.Count < min.GetValue<int>())
        {
            errors.Add(new SchemaError(path, $"expected at least {min} items, found {instance.Count}"));
        }
        if (rule["maxItems"] is JsonValue max && instance.Count > max.GetValue<int>())
        {
            errors.Add(new SchemaError(path, $"expected at most {max} items, found {instance.Count}"));
        }
        if (rule["uniqueItems"] is JsonValue unique && unique.GetValueKind() == JsonValueKind.True)
        {
            for (var i = 1; i < instance.Count; i++)
            {
                if (Enumerable.Range(0, i).Any(j => JsonNode.DeepEquals(instance[i], instance[j])))
                {
                    errors.Add(new SchemaError(Item(path, i), "duplicate item; items must be unique"));
                }
            }
        }
        if (rule["contains"] is { } contains && !instance.Any(item => Passes(contains, item, path, depth)))
        {
            errors.Add(new SchemaError(path, "no item matches the 'contains' schema"));
        }
    }

    private static void CheckString(JsonObject rule, string value, string path, List<SchemaError> errors)
    {
        // JSON Schema counts code points (2020-12 validation §6.3.1), not UTF-16 units.
        var length = value.EnumerateRunes().Count();
        if (rule["minLength"] is JsonValue min && length < min.GetValue<int>())
        {
            errors.Add(new SchemaError(path, $"expected at least {min} characters, found {length}"));
        }
        if (rule["maxLength"] is JsonValue max && length > max.GetValue<int>())
        {
            errors.Add(new SchemaError(path, $"expected at most {max} characters, found {length}"));
        }
        if (rule["pattern"] is JsonValue pattern
            && !Regex.IsMatch(value, pattern.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            errors.Add(new SchemaError(path, $"expected a string matching /{pattern.GetValue<string>()}/, found {JsonSerializer.Serialize(value, JsonContext.Default.String)}"));
        }
    }

    private static void CheckNumber(JsonObject rule, double value, string path, List<SchemaError> errors)
    {
        void Bound(string keyword, Func<double, bool> ok, string words)
        {
            // Draft-04 writes exclusiveMinimum/exclusiveMaximum as booleans that modify minimum/maximum.
            if (rule[keyword] is JsonValue limit && limit.GetValueKind() == JsonValueKind.Number && !ok(NumberOf(limit)))
            {
                errors.Add(new SchemaError(path, $"expected a number {words} {limit.ToJsonString()}, found {value.ToString(CultureInfo.InvariantCulture)}"));
            }
        }
        var exclusiveMin = rule["exclusiveMinimum"] is JsonValue em && em.GetValueKind() == JsonValueKind.True;
        var exclusiveMax = rule["exclusiveMaximum"] is JsonValue eM && eM.GetValueKind() == JsonValueKind.True;
        Bound("minimum", l => exclusiveMin ? value > l : value >= l, exclusiveMin ? ">" : ">=");
        Bound("maximum", l => exclusiveMax ? value < l : value <= l, exclusiveMax ? "<" : "<=");
        Bound("exclusiveMinimum", l => value > l, ">");
        Bound("exclusiveMaximum", l => value < l, "<");
        Bound("multipleOf", l => Math.Abs(Math.IEEERemainder(value, l)) < 1e-9, "that is a multiple of");
    }

    private void CheckCombinators(JsonObject rule, JsonNode? instance, string path, List<SchemaError> errors, int depth)
    {
        if (rule["allOf"] is JsonArray all)
        {
            foreach (var part in all)
            {
                Check(part, instance, path, errors, depth + 1);
            }
        }
        if (rule["anyOf"] is JsonArray any)
        {
            CheckAlternatives(any, instance, path, errors, depth, exactlyOne: false);
        }
        if (rule["oneOf"] is JsonArray one)
        {
            CheckAlternatives(one, instance, path, errors, depth, exactlyOne: true);
        }
        if (rule["not"] is { } not && Passes(not, instance, path, depth))
        {
            errors.Add(new SchemaError(path, "the value matches a schema it must not match"));
        }
        if (rule["if"] is { } condition)
        {
            var branch = Passes(condition, instance, path, depth) ? rule["then"] : rule["else"];
            if (branch is not null)
            {
                Check(branch, instance, path, errors, depth + 1);
            }
        }
    }

    private void CheckAlternatives(JsonArray alternatives, JsonNode? instance, string path, List<SchemaError> errors,
        int depth, bool exactlyOne)
    {
        var results = alternatives.Select(a =>
        {
            var found = new List<SchemaError>();
            Check(a, instance, path, found, depth + 1);
            return found;
        }).ToList();
        var passing = results.Count(r => r.Count == 0);
        if (passing == 0)
        {
            // The closest alternative says most about what was meant.
            errors.AddRange(results.OrderBy(r => r.Count).First());
        }
        else if (exactlyOne && passing > 1)
        {
            errors.Add(new SchemaError(path, $"the value matches {passing} alternatives of oneOf; expected exactly one"));
        }
    }

    private bool Passes(JsonNode? rule, JsonNode? instance, string path, int depth)
    {
        var found = new List<SchemaError>();
        Check(rule, instance, path, found, depth + 1);
        return found.Count == 0;
    }
}
