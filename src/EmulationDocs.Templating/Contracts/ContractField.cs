namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// One field of a data contract. <see cref="Type"/> is one of string, text, markdown, date,
/// integer, number, boolean, image, array, object; arrays describe their items with
/// <see cref="Items"/>, objects their members with <see cref="Fields"/>.
/// </summary>
public sealed record ContractField(string Name, string Type, bool Required, string? Label, ContractField? Items, IReadOnlyList<ContractField> Fields);
