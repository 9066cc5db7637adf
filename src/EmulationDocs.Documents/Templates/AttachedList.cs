using DocumentFormat.OpenXml;
using EmulationDocs.Documents.Layout;

namespace EmulationDocs.Documents.Templates;

/// <summary>
/// A list attached to a document in a section of its own (new page, own page numbers): title,
/// "(Kèm theo … số …/… ngày … của …)", a short line, then the list itself.
/// </summary>
internal static class AttachedList
{
    private static readonly int RuleLength = Twips.FromMillimetres(40);

    public static IEnumerable<OpenXmlElement> Create(string title, string attachedTo, IEnumerable<OpenXmlElement> content) =>
    [
        TemplateParagraph.Create(StyleIds.AttachmentTitle, title),
        TemplateParagraph.Create(
            StyleIds.AttachmentNote,
            [
                $"(Kèm theo {attachedTo} số ", .. TemplateTags.NumberAndSymbol(), " ", .. TemplateTags.IssueDate(),
                "{{#if issuedBy}}", " của ", "{{issuedBy}}", "{{/if}}", ")",
            ]),
        HorizontalRule.Centered(RuleLength, PageGeometry.TextWidth, spaceAfter: 12),
        .. content,
    ];

    /// <summary>
    /// The awardees of a Tờ trình or a Quyết định: per award group a heading with its title and a
    /// table whose row repeats over the group's members.
    /// </summary>
    public static IEnumerable<OpenXmlElement> AwardGroups(string title, string attachedTo) => Create(
        title,
        attachedTo,
        TemplateParagraph.Block(
            StyleIds.GroupHeading,
            "{{#each awardGroups}}",
            [
                TemplateParagraph.Create(StyleIds.GroupHeading, "{{inc @index}}", ". ", "{{title}}"),
                GridTable.RepeatingRow(
                    "members",
                    [
                        new GridTableColumn("STT", 8, StyleIds.TableNumber, "{{inc @index}}"),
                        new GridTableColumn("Họ và tên / Tên tập thể", 33, StyleIds.TableText, "{{name}}"),
                        new GridTableColumn("Chức vụ", 25, StyleIds.TableText, "{{position}}"),
                        new GridTableColumn("Đơn vị", 34, StyleIds.TableText, "{{unit}}"),
                    ]),
            ],
            "{{/each}}"));
}
