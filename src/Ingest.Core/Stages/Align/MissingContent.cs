using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>Content that some documents of a bundle lack: one section of <paramref name="Owner"/>, or (when
/// <paramref name="Section"/> is null) most of it, as for a summary or a partial translation.</summary>
/// <param name="Owner">The document that has the content.</param>
/// <param name="Section">The section without counterpart in <paramref name="LackingIn"/>, or null for a whole-document finding.</param>
/// <param name="LackingIn">The documents that lack it.</param>
/// <param name="Share">For a whole-document finding, the share of the owner's body content the lacking document has no counterpart for.</param>
public sealed record MissingContent(Document Owner, Section? Section, IReadOnlyList<Document> LackingIn, double Share);
