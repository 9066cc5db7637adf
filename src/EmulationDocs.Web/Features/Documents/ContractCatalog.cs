using System.Collections.Concurrent;
using EmulationDocs.Core.Documents;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>The data contracts of the templates (<c>&lt;template&gt;.contract.json</c>), read once per template.</summary>
public sealed class ContractCatalog(TemplateFolders folders)
{
    private readonly ConcurrentDictionary<string, DataContract> _contracts = new();

    /// <summary>The template's contract, or null when it has none (yet: an upload may bring it at any time, so absence is not cached).</summary>
    public DataContract? For(string template)
    {
        if (_contracts.TryGetValue(template, out var known)) return known;
        return folders.ContractPath(template) is { } path ? _contracts.GetOrAdd(template, DataContract.Load(path)) : null;
    }
}
