namespace Ingest.Core.Diagnostics;

/// <summary>Rules about input files themselves (ING0xx).</summary>
public static class InputRules
{
    public static readonly Rule InternalError = new("ING000", "Internal error",
        Severity.Error, "This is a bug in Ingest: report it with the input file attached.");

    public static readonly Rule Unreadable = new("ING001", "File cannot be read",
        Severity.Error, "Check that the file exists and that its permissions allow reading.");

    public static readonly Rule DirectoryLoop = new("ING002", "Directory loop",
        Severity.Warning, "A symbolic link points back into a folder already being read; it was not followed. Remove the link or name the folder once.");

    public static readonly Rule Binary = new("ING003", "Binary file",
        Severity.Warning, "The file is not a text, Markdown, HTML or PDF document (e.g. an image or archive). Remove it from the inputs or convert it.");

    public static readonly Rule Empty = new("ING004", "Empty file",
        Severity.Warning, "The file has no content. Remove it from the inputs or export it again.");

    public static readonly Rule TooLarge = new("ING005", "File over the size limit",
        Severity.Warning, "Raise limits.maxFileBytes in pipeline.json or split the file.");

    public static readonly Rule NotFound = new("ING006", "Input path not found",
        Severity.Error, "Check the path given on the command line or in pipeline.json inputs.");

    public static readonly Rule DuplicateContent = new("ING007", "Duplicate input",
        Severity.Info, "The same bytes were given under another path; both are kept as separate documents.");

    public static readonly Rule HiddenFolder = new("ING008", "Hidden folder not read",
        Severity.Info, "Folders whose name starts with '.' (.git, .cache) are not read when walking a folder; name one explicitly to read it.");

    public static IReadOnlyList<Rule> All { get; } =
        [InternalError, Unreadable, DirectoryLoop, Binary, Empty, TooLarge, NotFound, DuplicateContent, HiddenFolder];
}
