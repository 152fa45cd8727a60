using System.CommandLine;
using System.Globalization;
using Ingest.Cli.Output;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest run</c>: the whole pipeline, writing manifest.json and bundles/ to the output folder.</summary>
internal static class RunCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var pdfPassword = CommonOptions.PdfPassword();
        var jobs = CommonOptions.Jobs();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The output folder (created if missing).",
            HelpName = "DIR",
            DefaultValueFactory = _ => "out",
        };
        var jcs = new Option<bool>("--jcs") { Description = "Write RFC 8785 canonical JSON (JCS) instead of the indented form." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or summary on stderr." };
        var command = new Command("run", "Run the whole pipeline over files and folders and write the output folder.")
        {
            paths, config, output, jcs, jobs, quiet, pdfPassword,
        };
        command.SetAction(parse =>
        {
            var session = PipelineSession.Open(environment, parse.GetValue(config), parse.GetValue(paths) ?? [], parse.GetValue(pdfPassword),
                c => parse.GetValue(jcs) ? c.WithStageOption("emit", "jcs", true) : c);
            if (session is null)
            {
                return ExitCodes.Usage;
            }
            var outDirectory = Path.GetFullPath(parse.GetValue(output)!, environment.CurrentDirectory);
            var plan = StageCatalog.Build(session.Config, new StageEnvironment(new AtomicFolderSink(outDirectory)));
            var showProgress = environment.ErrorIsTerminal && !parse.GetValue(quiet);
            using var progress = showProgress ? new ProgressLine(environment.Error) : null;
            var corpus = session.Run(plan, parse.GetValue(jobs), progress);
            progress?.Finish();
            if (!parse.GetValue(quiet))
            {
                WriteSummary(environment.Error, corpus, parse.GetValue(output)!);
            }
            return corpus.Inputs.Any(i => i.Status == InputStatus.Failed) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteSummary(TextWriter error, Corpus corpus, string output)
    {
        var count = (InputStatus s) => corpus.Inputs.Count(i => i.Status == s).ToString(CultureInfo.InvariantCulture);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Inputs.Length} inputs: {count(InputStatus.Ok)} ok, {count(InputStatus.Failed)} failed, {count(InputStatus.Skipped)} skipped; {corpus.Bundles.Length} bundles written to {output}"));
        var byPath = corpus.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        foreach (var input in corpus.Inputs.Where(i => i.Status != InputStatus.Ok))
        {
            foreach (var diagnostic in byPath[input.Path])
            {
                error.WriteLine($"  {input.Path}: {diagnostic.Code} {diagnostic.Message}");
            }
        }
    }
}
