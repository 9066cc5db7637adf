using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;

namespace EmulationDocs.Core.Documents;

/// <summary>
/// Renders a named template from the template folders with a document's data. Templates are
/// compiled once and shared (a name never changes content: uploads take new names). Drafts render leniently (fields filled later — number, date, signer —
/// may be absent); issued documents render strictly against the template's contract.
/// </summary>
public sealed class DocumentRenderer(TemplateFolders folders)
{
    public DocumentRenderer(string templatesDirectory) : this(new TemplateFolders(templatesDirectory))
    {
    }

    private readonly ConcurrentDictionary<string, Lazy<(DocxTemplate Template, DataContract? Contract)>> _templates = new();

    public RenderedDocument Render(string templateName, JsonElement data, bool strict)
    {
        var (template, contract) = Compiled(templateName);
        if (contract is not null)
        {
            Validate(templateName, contract, data, strict);
            data = contract.WithDefaults(data);
        }
        var content = template.Render(TemplateData.FromElement(data), new RenderOptions { AllowMissingValues = !strict });
        return new RenderedDocument(content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    /// <summary>Checks data against the template's contract without rendering (missing values count only when strict).</summary>
    /// <exception cref="DocumentDataException">The data does not meet the contract.</exception>
    public void Validate(string templateName, JsonElement data, bool strict)
    {
        if (Compiled(templateName).Contract is { } contract) Validate(templateName, contract, data, strict);
    }

    private static void Validate(string templateName, DataContract contract, JsonElement data, bool strict)
    {
        var violations = contract.Validate(data).Where(v => strict || !v.IsIncompleteness).ToList();
        if (violations.Count > 0) throw new DocumentDataException(templateName, violations);
    }

    private (DocxTemplate Template, DataContract? Contract) Compiled(string templateName) =>
        _templates.GetOrAdd(templateName, name => new Lazy<(DocxTemplate, DataContract?)>(() => Load(name))).Value;

    private (DocxTemplate, DataContract?) Load(string name)
    {
        var path = folders.DocxPath(name)
            ?? throw new FileNotFoundException($"Template '{name}' is not in {string.Join(", ", folders.Directories)}.", name + ".docx");
        using var stream = File.OpenRead(path);
        return (DocxTemplate.Compile(stream), folders.ContractPath(name) is { } contract ? DataContract.Load(contract) : null);
    }
}

/// <summary>A rendered .docx and its SHA-256 (lower-case hex), which identifies the version.</summary>
public sealed record RenderedDocument(byte[] Content, string Hash);

/// <summary>The document's data does not meet its template's contract.</summary>
public sealed class DocumentDataException(string template, IReadOnlyList<ContractViolation> violations)
    : Exception($"Data for template '{template}' violates its contract: " + string.Join("; ", violations.Select(v => $"{v.Path}: {v.Message}")))
{
    public IReadOnlyList<ContractViolation> Violations { get; } = violations;
}
