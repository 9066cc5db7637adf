namespace EmulationDocs.Documents.Kinds;

/// <summary>
/// One kind of administrative document of Decree 30/2020/NĐ-CP, Appendix III.
/// </summary>
/// <param name="Code">
/// The type abbreviation of Appendix III (e.g. <c>CT</c>, <c>CTr</c>); <c>CV</c> for the công văn,
/// which has no official abbreviation and never prints one.
/// </param>
/// <param name="EnglishName">The name used in code and file names (see the glossary), e.g. <c>Directive</c>.</param>
/// <param name="Name">The Vietnamese name in sentence case, e.g. <c>Chỉ thị</c>.</param>
/// <param name="TypeName">The type name as printed in box 5a, upper case; null for the công văn, which prints none.</param>
/// <param name="Addressees">Whether the kind carries a "Kính gửi:" block.</param>
/// <param name="OperativeWord">
/// The line that opens the operative part after the legal bases ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:");
/// null for kinds that are not enacted by an authority on legal bases.
/// </param>
public sealed record DocumentKind(
    string Code,
    string EnglishName,
    string Name,
    string? TypeName,
    AddresseeUse Addressees = AddresseeUse.None,
    string? OperativeWord = null)
{
    /// <summary>Code used for the công văn, which Appendix III leaves without an abbreviation.</summary>
    public const string OfficialLetterCode = "CV";

    /// <summary>The Appendix III abbreviation used in document symbols; null for the công văn.</summary>
    public string? Abbreviation => IsOfficialLetter ? null : Code;

    /// <summary>The công văn prints "V/v …" under its number instead of a type name.</summary>
    public bool IsOfficialLetter => TypeName is null;

    /// <summary>Kinds such as the Quyết định name their authority and legal bases before the operative part.</summary>
    public bool HasEnactment => OperativeWord is not null;
}
