using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Templating.Contracts;
using System.Text.Json.Nodes;
using EmulationDocs.Web.Features.Tables;
using EmulationDocs.Web.Hosting;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>A document's contract with what its form needs to know beyond it (<see cref="FormContext"/>).</summary>
public sealed record DocumentForm(string Template, DataContract Contract, FormContext Context)
{
    /// <summary>The table editor's shape of the top-level list <paramref name="field"/>; null when it is not such a list.</summary>
    public TableShape? Table(string field) => Contract.Fields.FirstOrDefault(f => f.Name == field) is { } list ? TableShape.Of(list) : null;

    public IReadOnlyList<string> Vocabulary(TableShape table, TableColumn column) =>
        column.Field.Values ?? Context.Vocabulary($"{table.Field.Name}.{column.Key}");

    /// <summary>An uploaded sheet as the list <paramref name="table"/>; throws with every problem when any row is bad.</summary>
    public (JsonArray List, int Rows) Import(TableShape table, Stream sheet) =>
        TableImport.Read(table, XlsxSheet.Read(sheet), column => Vocabulary(table, column));

    /// <summary>The sample sheet of a list: its column labels, and one row of example values where the contract has choices.</summary>
    public byte[] SampleSheet(TableShape table) =>
        XlsxSheet.Write("Danh sách", TableImport.Header(table),
            [table.Columns.Select(c => Vocabulary(table, c) is { Count: > 0 } values ? ChoiceLabels.For(values[0]) : "").ToList()]);
}

/// <summary>
/// Composes a document's form: the template's contract (Templating), the fields the chain's engine writes (Core) and the award
/// titles of award-rules.json as the vocabulary of the titles asked for.
/// </summary>
public sealed partial class DocumentForms(ContractCatalog contracts, ProductBootstrap product)
{
    /// <summary>The list field whose items name the award title asked for, and that title's property.</summary>
    private const string AwardTitlePath = "awardGroups.title";

    /// <summary>The form of document <paramref name="role"/> of a chain; null when its template has no contract.</summary>
    public DocumentForm? For(WorkflowDefinition definition, string role) =>
        definition.Documents.TryGetValue(role, out var template) && contracts.For(template) is { } contract
            ? new DocumentForm(template, contract, new FormContext(EngineWrittenFields.For(definition, role), Vocabularies()))
            : null;

    /// <summary>The form of a template outside any chain (the sample sheet and the import of its lists).</summary>
    public DocumentForm? ForTemplate(string template) =>
        TemplateName().IsMatch(template) && contracts.For(template) is { } contract ? new DocumentForm(template, contract, new FormContext([], Vocabularies())) : null;

    private Dictionary<string, IReadOnlyList<string>> Vocabularies() =>
        new() { [AwardTitlePath] = product.AwardRules.Titles.Select(t => t.Title).ToList() };

    /// <summary>Names come from URLs: only plain template names reach the file system.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex TemplateName();
}
