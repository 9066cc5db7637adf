namespace EmulationDocs.Templating.Problems;

/// <summary>One problem found in a template or its package.</summary>
/// <param name="Code">Stable English identifier (see <see cref="ProblemCode"/>), for logs and tests.</param>
/// <param name="Message">Vietnamese explanation for the template author.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Tag">The tag text as written, when a tag is involved.</param>
public sealed record TemplateProblem(ProblemCode Code, string Message, TemplateLocation Location, string? Tag = null)
{
    /// <summary>The file itself is refused (no usable .docx, macros, too large, unsafe), whichever part it names.</summary>
    public bool RefusesFile => Code is ProblemCode.NotADocx or ProblemCode.MacroEnabled or ProblemCode.PackageTooLarge or ProblemCode.UnsafePackage;

    /// <summary>One line: code, location, message and tag; suitable for a terminal or a log.</summary>
    public override string ToString() =>
        Tag is null ? $"[{Code}] {Location.Describe()}: {Message}" : $"[{Code}] {Location.Describe()}: {Message} — {Tag}";
}

public enum ProblemCode
{
    NotADocx,
    MacroEnabled,
    PackageTooLarge,
    MalformedXml,
    /// <summary>Entry names leaving the package, duplicate parts, external resources, nesting no editor writes.</summary>
    UnsafePackage,
    TrackedChanges,
    UnclosedTag,
    UnparsableExpression,
    UnknownHelper,
    UnknownBlockHelper,
    WrongArgumentCount,
    UnsupportedTag,
    UnclosedBlock,
    StrayBlockClose,
    MismatchedBlockClose,
    StrayElse,
    BlockCrossesBoundary,
    BlockScopeAmbiguous,
    MarkdownNotAlone,
}
