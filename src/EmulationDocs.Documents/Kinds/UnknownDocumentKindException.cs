namespace EmulationDocs.Documents.Kinds;

/// <summary>Thrown when a requested document kind is not one of Appendix III.</summary>
public sealed class UnknownDocumentKindException : ArgumentException
{
    public UnknownDocumentKindException(string requested, IEnumerable<string> validCodes)
        : base(
            $"Unknown document kind '{requested}'. Valid kinds are the Appendix III abbreviations " +
            $"({string.Join(", ", validCodes)}) or their English names; use '{DocumentKind.OfficialLetterCode}' " +
            "or 'OfficialLetter' for a công văn.",
            nameof(requested))
    {
        Requested = requested;
    }

    /// <summary>The kind that was asked for.</summary>
    public string Requested { get; }
}
