namespace EmulationDocs.Templating.Contracts.Validation;

/// <summary>Checks that a contract itself is well formed: known types, arrays with items, named fields.</summary>
internal static class ContractSchema
{
    public static void Check(IReadOnlyList<ContractField> fields, string parent)
    {
        foreach (var field in fields)
        {
            var path = parent.Length == 0 ? field.Name : $"{parent}.{field.Name}";
            if (string.IsNullOrWhiteSpace(field.Name)) throw new FormatException($"A field of '{parent}' has no name.");
            if (field.MaxLength is < 1 || (field.MaxLength is not null && FieldLimits.DefaultLength(field.Type) is null))
                throw new FormatException($"Field '{path}' has a maxLength, which must be positive and only on a text type.");
            if (field.MaxItems is < 1 || (field.MaxItems is not null && field.Type != FieldTypes.Array))
                throw new FormatException($"Field '{path}' has a maxItems, which must be positive and only on an array.");
            CheckType(field.Type, field.Items, field.Fields, path);
        }
    }

    private static void CheckType(string type, ContractItems? items, IReadOnlyList<ContractField>? fields, string path)
    {
        if (!FieldTypes.All.Contains(type)) throw new FormatException($"Field '{path}' has unknown type '{type}'.");
        if (type == FieldTypes.Array)
        {
            if (items is null) throw new FormatException($"Array field '{path}' does not describe its items.");
            CheckType(items.Type, null, items.Fields, path + "[]");
        }
        if (type == FieldTypes.Object) Check(fields ?? throw new FormatException($"Object field '{path}' lists no fields."), path);
    }
}
