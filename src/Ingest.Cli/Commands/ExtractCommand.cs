using System.CommandLine;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest extract FILE</c>: the normalized text of one document, sections separated by blank lines.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The document to extract (any supported format)." };
        file.Validators.Add(CommonOptions.RejectOptionLikeValues);
        var config = CommonOptions.Config();
        var pdfPassword = CommonOptions.PdfPassword();
        var command = new Command("extract", "Print the normalized text of one document: headings on lines of their own, sections separated by blank lines.")
        {
            file, config, pdfPassword,
        };
        command.SetAction(parse =>
        {
            var session = PipelineSession.Open(environment, parse.GetValue(config), [parse.GetValue(file)!], parse.GetValue(pdfPassword));
            if (session is null)
            {
                return ExitCodes.Usage;
            }
            var plan = StageCatalog.Build(session.Config, new StageEnvironment(null)) with { CorpusStages = [] };
            var corpus = session.Run(plan, 1);
            foreach (var diagnostic in corpus.Diagnostics)
            {
                environment.Error.WriteLine($"{diagnostic.Path}: {diagnostic.Code} {diagnostic.Message}");
            }
            if (corpus.Documents.IsEmpty)
            {
                return ExitCodes.Findings;
            }
            parse.InvocationConfiguration.Output.Write(Render(corpus.Documents[0]));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Headings as printed (number and title) on their own lines, each section's text after, blank lines between.</summary>
    public static string Render(Document document)
    {
        var parts = new List<string>();
        foreach (var section in document.Sections)
        {
            var heading = string.Join(" ", new[] { section.Number, section.Title }.Where(p => !string.IsNullOrEmpty(p)));
            if (heading.Length > 0)
            {
                parts.Add(heading);
            }
            if (section.Text.Length > 0)
            {
                parts.Add(section.Text);
            }
        }
        return parts.Count == 0 ? string.Empty : string.Join("\n\n", parts) + "\n";
    }
}
