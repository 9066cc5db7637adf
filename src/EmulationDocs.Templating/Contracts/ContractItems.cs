namespace EmulationDocs.Templating.Contracts;

/// <summary>The element type of an array field: a scalar type, or an object with its fields.</summary>
public sealed record ContractItems(string Type, IReadOnlyList<ContractField>? Fields = null)
{
    public static ContractItems Of(string type) => new(type);

    public static ContractItems Objects(params ContractField[] fields) => new(FieldTypes.Object, fields);
}
