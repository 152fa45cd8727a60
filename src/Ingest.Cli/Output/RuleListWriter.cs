using System.Text;
using System.Text.Json.Nodes;
using Ingest.Core.Diagnostics;
using Ingest.Core.Json;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Output;

/// <summary>The rule catalog for <c>validate --list-rules</c>: a table for people, or JSON.</summary>
internal static class RuleListWriter
{
    public static void Write(TextWriter output, IReadOnlyList<Rule> rules, bool json)
    {
        if (json)
        {
            output.Write(Encoding.UTF8.GetString(JsonTextWriter.Indented(new JsonArray([.. rules.Select(r => (JsonNode?)new JsonObject
            {
                ["code"] = r.Code,
                ["severity"] = FormatNames.Of(r.DefaultSeverity),
                ["title"] = r.Title,
                ["help"] = r.Help,
            })]))));
            return;
        }
        foreach (var rule in rules)
        {
            output.WriteLine($"{rule.Code}  {FormatNames.Of(rule.DefaultSeverity),-7}  {rule.Title}");
            output.WriteLine($"         {rule.Help}");
        }
    }
}
