using System.Text.Json;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Renders an instance's document from its current data and stores the result as the next version of that document at
/// the instance's unit (each unit the instance passes through numbers its own versions).
/// </summary>
internal sealed class VersionWriter(
    EmulationDocsDbContext context, WorkflowDefinition definition, WorkflowInstance instance, InstanceData data,
    Transition transition, DocumentRenderer renderer, CancellationToken ct)
{
    // Versions written earlier in this transaction are not in the database yet.
    private readonly Dictionary<(string Role, string Unit), int> _versions = [];

    /// <summary>The hash of the version written last in this transition, for the history entry of the action.</summary>
    public string? LastHash { get; private set; }

    /// <summary>The version issued in this transition, if any.</summary>
    public DocumentVersion? LastIssued { get; private set; }

    /// <summary>A working version: missing data is allowed, the version stays open to change. Nothing when there is no document.</summary>
    public Task WriteDraftAsync(string? role) => role is null ? Task.CompletedTask : WriteAsync(role, strict: false, reference: null);

    /// <summary>The issued version: the data must be complete, and the version is frozen under its number and symbol.</summary>
    public Task WriteIssuedAsync(string role, string reference) => WriteAsync(role, strict: true, reference);

    /// <summary>Checks the document's data against its template's contract (missing values aside) without rendering it.</summary>
    public void Validate(string role)
    {
        try
        {
            renderer.Validate(definition.Documents[role], JsonSerializer.SerializeToElement(data.Document(role)), strict: false);
        }
        catch (DocumentDataException ex)
        {
            throw DocumentIncompleteException.From(ex);
        }
    }

    private async Task WriteAsync(string role, bool strict, string? reference)
    {
        var frozen = reference is not null;
        var template = definition.Documents[role];
        RenderedDocument rendered;
        try
        {
            rendered = renderer.Render(template, JsonSerializer.SerializeToElement(data.Document(role)), strict);
        }
        catch (DocumentDataException ex)
        {
            throw DocumentIncompleteException.From(ex);
        }
        transition.Rendered++;
        var key = (role, instance.UnitId);
        if (!_versions.TryGetValue(key, out var version))
        {
            version = await context.DocumentVersions.Where(d => d.InstanceId == instance.Id && d.Role == role && d.UnitId == instance.UnitId)
                .Select(d => (int?)d.Version).MaxAsync(ct) ?? 0;
        }
        _versions[key] = ++version;
        var added = new DocumentVersion
        {
            InstanceId = instance.Id, Role = role, UnitId = instance.UnitId, Version = version, Template = template, Hash = rendered.Hash,
            Content = rendered.Content, Frozen = frozen, Reference = reference, CreatedAt = transition.Now,
        };
        context.DocumentVersions.Add(added);
        if (frozen) LastIssued = added;
        LastHash = rendered.Hash;
    }
}
