using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>Takes one input file through every per-document stage; never throws for bad input.</summary>
public sealed class DocumentProcessor(PipelinePlan plan)
{
    public DocumentOutcome Process(InputFile file)
    {
        var context = new StageContext(plan.Policy);
        var loaded = Load(file, context);
        if (loaded is null)
        {
            return Finish(file, context, null, null, 0, InputStatus.Failed);
        }
        var (bytes, sha256) = loaded.Value;
        if (context.Stopped is { } early)
        {
            return Finish(file, context, null, sha256, bytes.Length, early);
        }
        var document = Document.Create(DocumentId(sha256, file.Path),
            new SourceInfo(file.Path, sha256, bytes.Length, DocumentFormat.Text), bytes);
        var byteLines = LineIndex.Of(bytes);
        SourceLayout? layout = null;
        foreach (var stage in plan.DocumentStages)
        {
            try
            {
                var before = document.Text;
                document = stage.Run(document, context);
                if (layout is null && before.Length == 0 && document.Text.Length > 0)
                {
                    // The first text a document gets is its decoded text: the one diagnostics' char offsets count in.
                    layout = new SourceLayout(byteLines, LineIndex.Of(document.Text));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Stop(InputStatus.Failed, InputRules.InternalError, document,
                    $"Stage '{stage.Name}' failed: {e.GetType().Name}: {e.Message}. This is a bug in Ingest; please report it with the file.");
            }
            if (context.Stopped is { } status)
            {
                return Finish(file, context, null, sha256, bytes.Length, status, layout ?? new SourceLayout(byteLines, LineIndex.Of(string.Empty)));
            }
        }
        return Finish(file, context, document with { Raw = ReadOnlyMemory<byte>.Empty }, sha256, bytes.Length, InputStatus.Ok, layout);
    }

    /// <summary>Identifier from the content and the path: stable across runs, distinct for two copies of one file.</summary>
    public static string DocumentId(string sha256, string path)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sha256 + "\n" + path));
        return "d-" + Convert.ToHexStringLower(hash)[..16];
    }

    private (byte[] Bytes, string Sha256)? Load(InputFile file, StageContext context)
    {
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > plan.Limits.MaxFileBytes)
            {
                context.Report(InputRules.TooLarge, file.Path,
                    $"The file has {info.Length} bytes, over the limit of {plan.Limits.MaxFileBytes}. Raise limits.maxFileBytes in pipeline.json or split the file.");
                return Stopped(context, InputStatus.Skipped, [], string.Empty);
            }
            var bytes = File.ReadAllBytes(file.FullPath);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.Length == 0)
            {
                context.Report(InputRules.Empty, file.Path, "The file is empty. Remove it from the inputs or export it again.");
                return Stopped(context, InputStatus.Skipped, bytes, sha256);
            }
            return (bytes, sha256);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(InputRules.Unreadable, file.Path,
                $"The file cannot be read ({e.Message}). Check that it exists and that its permissions allow reading.");
            return null;
        }
    }

    private static (byte[], string)? Stopped(StageContext context, InputStatus status, byte[] bytes, string sha256)
    {
        context.MarkStopped(status);
        return (bytes, sha256);
    }

    private static DocumentOutcome Finish(InputFile file, StageContext context, Document? document,
        string? sha256, long length, InputStatus status, SourceLayout? layout = null)
    {
        var input = new InputRecord(file.Path, sha256, length, status, status == InputStatus.Ok ? document?.Id : null, layout);
        return new DocumentOutcome(input, document, [.. context.Diagnostics]);
    }
}
