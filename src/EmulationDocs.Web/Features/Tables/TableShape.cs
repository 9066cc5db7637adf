using System.Text.Json.Nodes;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Web.Features.Tables;

/// <summary>One column of a table editor: a scalar property of the list's items, or of the items of their one nested list.</summary>
/// <param name="Key">The property's name, or <c>list.name</c> for a property of the nested list (<c>members.name</c>).</param>
public sealed record TableColumn(string Key, ContractField Field, bool Nested);

/// <summary>
/// How a contract list of objects is edited as one flat table, one row per item. A list whose items hold one nested list
/// (award groups: a title and kind, with their members) is flattened to one row per nested item, the outer properties
/// repeated on each row (one row per candidate with the title asked for), and rebuilt by grouping equal outer values.
/// </summary>
public sealed class TableShape
{
    private TableShape(ContractField field, ContractField? nested, IReadOnlyList<TableColumn> columns)
    {
        Field = field;
        NestedList = nested;
        Columns = columns;
    }

    public ContractField Field { get; }

    public ContractField? NestedList { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The shape of <paramref name="field"/>, or null when it is not a list of objects a table can hold.</summary>
    public static TableShape? Of(ContractField field)
    {
        if (field.Type != FieldTypes.Array || field.Items is not { Type: FieldTypes.Object, Fields: { Count: > 0 } fields }) return null;
        var scalars = fields.Where(IsScalar).ToList();
        var lists = fields.Where(f => !IsScalar(f)).ToList();
        if (lists.Count == 0) return new TableShape(field, null, scalars.Select(f => new TableColumn(f.Name, f, false)).ToList());
        if (lists is not [{ Type: FieldTypes.Array, Items: { Type: FieldTypes.Object, Fields: { Count: > 0 } inner } } nested] || !inner.All(IsScalar))
            return null;
        return new TableShape(field, nested,
            [.. scalars.Select(f => new TableColumn(f.Name, f, false)), .. inner.Select(f => new TableColumn($"{nested.Name}.{f.Name}", f, true))]);
    }

    private static bool IsScalar(ContractField field) =>
        field.Type is FieldTypes.String or FieldTypes.Text or FieldTypes.Markdown or FieldTypes.Date or FieldTypes.Integer or FieldTypes.Number or FieldTypes.Boolean;

    /// <summary>The list as rows: column key to value, one row per item (per nested item when the list nests one).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>> Rows(JsonArray? list)
    {
        var rows = new List<IReadOnlyDictionary<string, JsonNode?>>();
        foreach (var item in (list ?? []).OfType<JsonObject>())
        {
            var outer = Columns.Where(c => !c.Nested).ToDictionary(c => c.Key, c => item[c.Key]);
            var inner = NestedList is null ? [] : (item[NestedList.Name] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (inner.Count == 0)
            {
                rows.Add(outer);
                continue;
            }
            foreach (var member in inner)
            {
                var row = new Dictionary<string, JsonNode?>(outer);
                foreach (var column in Columns.Where(c => c.Nested)) row[column.Key] = member[column.Field.Name];
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>Rows back into the list; rows with equal outer values become one item with several nested items, in order.</summary>
    public JsonArray List(IEnumerable<IReadOnlyDictionary<string, JsonNode?>> rows)
    {
        var list = new JsonArray();
        var groups = new Dictionary<string, JsonObject>();
        foreach (var row in rows)
        {
            var outer = new JsonObject();
            foreach (var column in Columns.Where(c => !c.Nested && row.GetValueOrDefault(c.Key) is not null))
                outer[column.Key] = row[column.Key]!.DeepClone();
            if (NestedList is null)
            {
                list.Add(outer);
                continue;
            }
            var identity = outer.ToJsonString();
            if (!groups.TryGetValue(identity, out var item))
            {
                item = outer;
                item[NestedList.Name] = new JsonArray();
                groups[identity] = item;
                list.Add(item);
            }
            var member = new JsonObject();
            foreach (var column in Columns.Where(c => c.Nested && row.GetValueOrDefault(c.Key) is not null))
                member[column.Field.Name] = row[column.Key]!.DeepClone();
            if (member.Count > 0) item[NestedList.Name]!.AsArray().Add(member);
        }
        return list;
    }
}
