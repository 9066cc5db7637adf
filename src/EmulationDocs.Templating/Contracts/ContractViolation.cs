namespace EmulationDocs.Templating.Contracts;

/// <summary>Data that does not meet its template's contract: the path and a Vietnamese explanation.</summary>
public sealed record ContractViolation(string Path, string Message)
{
    public override string ToString() => $"[ContractViolation] {Path}: {Message}";
}
