namespace EmulationDocs.Templating.Problems;

/// <summary>One problem found in a template or its package.</summary>
/// <param name="Code">Stable English identifier (see <see cref="ProblemCode"/>), for logs and tests.</param>
/// <param name="Message">Vietnamese explanation for the template author.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Tag">The tag text as written, when a tag is involved.</param>
public sealed record TemplateProblem(ProblemCode Code, string Message, TemplateLocation Location, string? Tag = null)
{
    /// <summary>
    /// The template works, but probably not as its author meant: lint reports it, compiling and rendering go on.
    /// Every other problem is an error that makes the template unusable.
    /// </summary>
    public bool IsWarning => Code is ProblemCode.BlockTakesWholeRow or ProblemCode.TagFormattingDiffers;

    /// <summary>The file itself is refused (no usable .docx, macros, too large, unsafe), whichever part it names.</summary>
    public bool RefusesFile => Code is ProblemCode.NotADocx or ProblemCode.MacroEnabled or ProblemCode.PackageTooLarge or ProblemCode.UnsafePackage;

    /// <summary>One line: code, location, message and tag; suitable for a terminal or a log.</summary>
    public override string ToString() =>
        $"[{Code}] {(IsWarning ? "Cảnh báo — " : "")}{Location.Describe()}: {Message}" + (Tag is null ? "" : $" — {Tag}");
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
    /// <summary>
    /// Warning: a block opened in the first cell and closed in the last cell of a table row that does not frame the row
    /// (text before its open tag or after its close tag): the whole row, that text included, repeats or vanishes with it.
    /// </summary>
    BlockTakesWholeRow,
    /// <summary>Warning: a tag typed over runs of different formatting; the value takes the formatting of the run where the tag begins.</summary>
    TagFormattingDiffers,
}
