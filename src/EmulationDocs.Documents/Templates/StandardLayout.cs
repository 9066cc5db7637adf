using DocumentFormat.OpenXml;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Layout;

namespace EmulationDocs.Documents.Templates;

/// <summary>
/// The layout every kind shares (Appendix III, Mẫu 1.2 to 1.5): header table; type name and summary,
/// or "V/v" for a công văn; enacting authority and legal bases where the kind has them; "Kính gửi:";
/// body; closing table; then whatever the template attaches, in a section of its own (new page,
/// own page numbers).
/// </summary>
internal static class StandardLayout
{
    public static IEnumerable<OpenXmlElement> Compose(DocumentKind kind, AddresseeUse addressees, IEnumerable<OpenXmlElement> attachment) =>
    [
        HeaderTable.Create(kind),
        .. kind.TypeName is { } typeName ? TitleBlock.Create(typeName) : [],
        .. kind.OperativeWord is { } operativeWord ? EnactmentBlock.Create(operativeWord) : [],
        .. AddresseeBlock.Create(addressees),
        BodyBlock.Create(),
        .. attachment.Any() ? SectionLayout.Ending([ClosingTable.Create()]) : [ClosingTable.Create()],
        .. attachment,
    ];
}
