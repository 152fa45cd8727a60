using System.CommandLine;
using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest inspect --json</c>: one JSON line per input with format, encoding, language, sections and repairs.</summary>
internal static class InspectCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var pdfPassword = CommonOptions.PdfPassword();
        var jobs = CommonOptions.Jobs();
        var json = new Option<bool>("--json") { Description = "NDJSON: one object per input file per line (the contract's form)." };
        var command = new Command("inspect", "Show what the per-document stages make of each input, without writing bundles.")
        {
            paths, config, json, jobs, pdfPassword,
        };
        command.SetAction(parse =>
        {
            var session = PipelineSession.Open(environment, parse.GetValue(config), parse.GetValue(paths) ?? [], parse.GetValue(pdfPassword));
            if (session is null)
            {
                return ExitCodes.Usage;
            }
            var plan = StageCatalog.Build(session.Config, new StageEnvironment(null)) with { CorpusStages = [] };
            var corpus = session.Run(plan, parse.GetValue(jobs));
            var output = parse.InvocationConfiguration.Output;
            var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var diagnostics = corpus.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
            foreach (var input in corpus.Inputs)
            {
                var document = input.Document is null ? null : documents[input.Document];
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonTextWriter.CanonicalString(Line(input, document, diagnostics[input.Path])));
                }
                else
                {
                    WriteText(output, input, document);
                }
            }
            return corpus.Inputs.Any(i => i.Status == InputStatus.Failed) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static JsonObject Line(InputRecord input, Document? document, IEnumerable<Ingest.Core.Diagnostics.Diagnostic> diagnostics)
    {
        var line = new JsonObject { ["path"] = input.Path, ["status"] = FormatNames.Of(input.Status) };
        if (document is not null)
        {
            line["format"] = FormatNames.Of(document.Source.Format);
            line["encoding"] = new JsonObject { ["name"] = document.Encoding.Name, ["confidence"] = document.Encoding.Confidence };
            line["language"] = new JsonObject { ["tag"] = document.Language.Tag, ["confidence"] = document.Language.Confidence };
            line["title"] = document.Title;
            line["sections"] = new JsonArray([.. document.Sections.Select(s =>
            {
                var section = new JsonObject
                {
                    ["number"] = s.Number,
                    ["title"] = s.Title,
                    ["level"] = s.Level,
                    ["kind"] = FormatNames.Of(s.Kind),
                    ["language"] = s.Language.Tag,
                };
                if (BundleJson.PagesNode(s) is { } pages)
                {
                    section["pages"] = pages;
                }
                return (JsonNode?)section;
            })]);
            line["repairs"] = new JsonArray([.. document.Repairs.Select(BundleJson.RepairNode)]);
        }
        line["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode?)new JsonObject
        {
            ["severity"] = FormatNames.Of(d.Severity),
            ["code"] = d.Code,
            ["message"] = d.Message,
        })]);
        return line;
    }

    private static void WriteText(TextWriter output, InputRecord input, Document? document)
    {
        if (document is null)
        {
            output.WriteLine($"{input.Path}: {FormatNames.Of(input.Status)}");
            return;
        }
        output.WriteLine($"{input.Path}: {FormatNames.Of(document.Source.Format)}, {document.Encoding.Name}, {document.Language.Tag}, {document.Sections.Length} sections, {document.Repairs.Length} repairs");
        foreach (var section in document.Sections)
        {
            output.WriteLine($"  {new string(' ', (section.Level - 1) * 2)}{section.Number} {section.Title} [{FormatNames.Of(section.Kind)}]".TrimEnd());
        }
    }
}
