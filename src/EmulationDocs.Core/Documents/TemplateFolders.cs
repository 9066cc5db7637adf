namespace EmulationDocs.Core.Documents;

/// <summary>
/// Where templates live: the release's <c>templates/</c> first, then folders whose templates arrive while the app runs
/// (administrators' uploads). A template is <c>&lt;name&gt;.docx</c> with its data contract <c>&lt;name&gt;.contract.json</c>
/// beside it; names are unique across the folders (an upload never takes a name already in use).
/// </summary>
public sealed class TemplateFolders(params IReadOnlyList<string> directories)
{
    public IReadOnlyList<string> Directories { get; } = directories;

    /// <summary>The template's .docx, or null when no folder has it.</summary>
    public string? DocxPath(string name) =>
        Directories.Select(d => Path.Combine(d, name + ".docx")).FirstOrDefault(File.Exists);

    /// <summary>The contract beside the template, or null when the template or its contract is missing.</summary>
    public string? ContractPath(string name) =>
        DocxPath(name) is { } docx && Path.ChangeExtension(docx, ".contract.json") is var contract && File.Exists(contract) ? contract : null;

    /// <summary>Templates a workflow definition may name: those with a data contract, read now (uploads arrive at any time).</summary>
    public IReadOnlySet<string> WithContracts() =>
        Directories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.docx"))
            .Where(docx => File.Exists(Path.ChangeExtension(docx, ".contract.json")))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
