using System.Text.Json;

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// Reads workflow definitions (<c>workflows/*.json</c>) and refuses invalid ones with every
/// problem listed at once in a <see cref="DefinitionException"/>.
/// </summary>
/// <param name="templateNames">Templates a definition's <c>documents</c> may name (the <c>templates/*.docx</c> file names).</param>
/// <param name="levels">The organisation's level names for <c>level:&lt;name&gt;</c> and <c>when.levels</c>, or null to accept any name.</param>
public sealed class DefinitionLoader(Func<IReadOnlySet<string>> templateNames, IReadOnlyCollection<string>? levels = null)
{
    public DefinitionLoader(IReadOnlySet<string> templateNames, IReadOnlyCollection<string>? levels = null) : this(() => templateNames, levels)
    {
    }

    /// <summary>A loader accepting the templates found in <paramref name="templatesDirectory"/> (each <c>&lt;name&gt;.docx</c>).</summary>
    public static DefinitionLoader ForTemplatesDirectory(string templatesDirectory, IReadOnlyCollection<string>? levels = null) =>
        new(Directory.EnumerateFiles(templatesDirectory, "*.docx").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(), levels);

    /// <summary>A loader accepting the templates that have a data contract in any of the folders, as they are when a definition is loaded.</summary>
    public static DefinitionLoader ForTemplateFolders(Documents.TemplateFolders folders, IReadOnlyCollection<string>? levels = null) =>
        new(folders.WithContracts, levels);

    /// <summary>Parses and validates a definition.</summary>
    /// <param name="source">Name used in problems, e.g. the file name.</param>
    /// <exception cref="DefinitionException">The JSON is malformed or the definition is invalid.</exception>
    public WorkflowDefinition Load(string json, string source = "definition")
    {
        var definition = Parse(json, source);
        var problems = new DefinitionValidator(templateNames(), levels).Check(definition, source);
        return problems.Count == 0 ? definition : throw new DefinitionException(problems);
    }

    /// <summary>
    /// Parses without validating: for versions that were validated when published and must stay
    /// loadable for their running instances even if templates or levels change later.
    /// </summary>
    public static WorkflowDefinition Parse(string json, string source = "definition") => DefinitionJson.Read<WorkflowDefinition>(json, source);

    /// <summary>The canonical stored form: indented camelCase, nulls left out, so formatting-only edits compare equal.</summary>
    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, DefinitionJson.Options);
}
