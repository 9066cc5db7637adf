namespace EmulationDocs.Templating.Contracts;

/// <summary>Data that does not meet its template's contract: the path, what is wrong, and a Vietnamese explanation.</summary>
public sealed record ContractViolation(string Path, string Message, ViolationKind Kind = ViolationKind.Invalid)
{
    /// <summary>Absent or empty values: a draft may still lack them; an issued document may not.</summary>
    public bool IsIncompleteness => Kind is ViolationKind.Missing or ViolationKind.Empty;

    public override string ToString() => $"[ContractViolation] {Path}: {Message}";
}

public enum ViolationKind
{
    /// <summary>A required field is absent or null.</summary>
    Missing,
    /// <summary>A required text is blank or a required list has no item.</summary>
    Empty,
    /// <summary>A value of the wrong type or not among the allowed values.</summary>
    Invalid,
    /// <summary>A field the contract does not declare.</summary>
    Unknown,
    /// <summary>A text longer or a list with more elements than its field allows.</summary>
    TooLong,
}
