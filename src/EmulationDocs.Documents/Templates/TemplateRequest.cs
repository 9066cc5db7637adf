using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Templates;

/// <summary>
/// Asks for a template of any kind of Appendix III with the shared layout.
/// </summary>
/// <param name="Kind">An Appendix III abbreviation (<c>TB</c>, <c>HD</c>, <c>CTr</c> …), <c>CV</c>, or an English kind name.</param>
public sealed record TemplateRequest(string Kind)
{
    /// <summary>File name stem; defaults to the kind's English name in kebab case (<c>notice</c>, <c>power-of-attorney</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Replaces the printed type name, e.g. "THÔNG BÁO KẾT LUẬN"; not allowed for a công văn, which prints none.</summary>
    public string? TypeName { get; init; }

    /// <summary>Replaces the kind's default use of a "Kính gửi:" block.</summary>
    public AddresseeUse? Addressees { get; init; }
}
