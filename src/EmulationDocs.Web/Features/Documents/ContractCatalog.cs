using System.Collections.Concurrent;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Web.Hosting;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>The data contracts of templates/ (<c>&lt;template&gt;.contract.json</c>), read once per template.</summary>
public sealed class ContractCatalog(ProductPaths paths)
{
    private readonly ConcurrentDictionary<string, DataContract?> _contracts = new();

    public DataContract? For(string template) =>
        _contracts.GetOrAdd(template, name =>
        {
            var path = Path.Combine(paths.Templates, name + ".contract.json");
            return File.Exists(path) ? DataContract.Load(path) : null;
        });
}
