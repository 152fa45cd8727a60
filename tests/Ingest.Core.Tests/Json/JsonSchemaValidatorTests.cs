using System.Text.Json.Nodes;
using Ingest.Core.Json.Schema;

namespace Ingest.Core.Tests.Json;

public sealed class JsonSchemaValidatorTests
{
    private static readonly JsonNode Schema = JsonNode.Parse("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["name"],
          "properties": {
            "name": { "enum": ["read", "repair"] },
            "count": { "type": "integer", "minimum": 1 },
            "tags": { "type": "array", "items": { "$ref": "#/$defs/tag" }, "uniqueItems": true },
            "mode": { "oneOf": [ { "const": "a" }, { "const": "b" } ] },
            "pair": { "if": { "properties": { "kind": { "const": "x" } } }, "then": { "required": ["x"] } }
          },
          "$defs": { "tag": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 5 } }
        }
        """)!;

    private static IReadOnlyList<SchemaError> Validate(string json) => new JsonSchemaValidator(Schema).Validate(JsonNode.Parse(json));

    [Test]
    public void Validate_AcceptsValidInstance()
    {
        Assert.That(Validate("""{"name":"read","count":2,"tags":["ab","cd"],"mode":"a","pair":{"kind":"x","x":1}}"""), Is.Empty);
    }

    [TestCase("""{"name":"raed"}""", "$.name", "expected one of")]
    [TestCase("""{"name":"read","cuont":1}""", "$.cuont", "unknown property 'cuont'")]
    [TestCase("""{"name":"read","count":"2"}""", "$.count", "expected integer")]
    [TestCase("""{"name":"read","count":1.5}""", "$.count", "expected integer")]
    [TestCase("""{"name":"read","count":0}""", "$.count", ">= 1")]
    [TestCase("""{"name":"read","tags":["AB"]}""", "$.tags[0]", "matching")]
    [TestCase("""{"name":"read","tags":["abcdef"]}""", "$.tags[0]", "at most 5")]
    [TestCase("""{"name":"read","tags":["ab","ab"]}""", "$.tags[1]", "unique")]
    [TestCase("""{"name":"read","mode":"c"}""", "$.mode", "expected \"a\"")]
    [TestCase("""{"name":"read","pair":{"kind":"x"}}""", "$.pair", "missing required property 'x'")]
    [TestCase("""{}""", "$", "missing required property 'name'")]
    public void Validate_NamesPathAndExpectation_ForInvalidInstance(string json, string path, string words)
    {
        var errors = Validate(json);
        Assert.That(errors, Has.Some.Matches<SchemaError>(e => e!.Path == path && e.Message.Contains(words, StringComparison.Ordinal)),
            string.Join("\n", errors));
    }

    [Test]
    public void Validate_QuotesPropertyNamesThatAreNotIdentifiers()
    {
        var schema = JsonNode.Parse("""{"additionalProperties": {"type": "integer"}}""")!;
        var errors = new JsonSchemaValidator(schema).Validate(JsonNode.Parse("""{"a b": "x"}"""));
        Assert.That(errors.Single().Path, Is.EqualTo("$[\"a b\"]"));
    }

    [Test]
    public void Validate_ReportsRefCycleInsteadOfOverflowing()
    {
        var schema = JsonNode.Parse("""{"$ref": "#"}""")!;
        Assert.That(new JsonSchemaValidator(schema).Validate(JsonNode.Parse("1")), Has.Some.Matches<SchemaError>(e => e!.Message.Contains("deep", StringComparison.Ordinal)));
    }
}
