namespace EmulationDocs.Conformance;

/// <summary>The input cannot be checked because it is not a readable .docx file.</summary>
public sealed class ConformanceException : Exception
{
    public ConformanceException(string message)
        : base(message)
    {
    }

    public ConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
