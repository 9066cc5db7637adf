using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Documents.Contracts;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Layout;
using EmulationDocs.Documents.Packaging;

namespace EmulationDocs.Documents.Templates.Official;

/// <summary>
/// Biên bản họp Hội đồng Thi đua - Khen thưởng (Mẫu 1.9): time and place, who attended and the
/// council's membership, who chairs and who keeps the minutes, the vote table, the proceedings and conclusion
/// in the body (which, as in every template, ends with the closing sentence and "./."), then the
/// secretary's signature on the left and the chair's (<c>signature</c>) on the right, with the
/// distribution list under the secretary's as in Mẫu 1.9.
/// </summary>
internal static class CouncilMinutesTemplate
{
    public const string Name = "council-minutes";

    public static OfficialTemplate Create()
    {
        var kind = DocumentKindCatalog.Minutes;
        return new OfficialTemplate(
            Name,
            kind,
            TemplateDocument.Write(Compose(kind)),
            new DataContract(Name, kind.Code,
            [
                .. SharedFields.Header(kind),
                AwardFields.Meeting,
                AwardFields.Attendees,
                AwardFields.Council,
                AwardFields.Person("chair", "Chủ trì (Chủ tịch Hội đồng)"),
                AwardFields.Person("secretary", "Thư ký"),
                AwardFields.Votes,
                ContractField.Of(
                    "body",
                    FieldTypes.Markdown,
                    true,
                    "Diễn biến và kết luận cuộc họp",
                    "Kết thúc bằng câu \"Cuộc họp kết thúc vào hồi … cùng ngày.\" và dấu ./. ở cuối."),
                SharedFields.Recipients,
                SharedFields.Signature,
            ]));
    }

    private static IEnumerable<OpenXmlElement> Compose(DocumentKind kind) =>
    [
        HeaderTable.Create(kind),
        .. TitleBlock.Create(kind.TypeName!),
        Body("Thời gian bắt đầu: ", "{{meeting.time}}", ", ", "{{vnDate meeting.date}}", "."),
        Body("Địa điểm: ", "{{meeting.location}}", "."),
        Body("Thành phần tham dự:"),
        .. TemplateParagraph.Block(
            StyleIds.Body,
            "{{#each attendees}}",
            [Body(["- ", "{{name}}", ", ", "{{role}}", .. TemplateTags.ListLineEnd()])],
            "{{/each}}"),
        Body(
            "Tổng số thành viên ", "{{council.name}}", ": ", "{{council.totalMembers}}",
            " người; có mặt: ", "{{council.present}}",
            " người; vắng mặt có phiếu bằng văn bản: ", "{{council.writtenVotes}}", " người."),
        Body("Chủ trì: ", "{{chair.name}}", ", ", "{{chair.title}}", "."),
        Body("Thư ký: ", "{{secretary.name}}", ", ", "{{secretary.title}}", "."),
        Body("Kết quả biểu quyết:"),
        // Seven columns wide enough for their longest word at 13 pt ("STT", "Không", "Danh hiệu"):
        // the unit goes under the candidate's name and the required share under the share reached.
        GridTable.RepeatingRow(
            "votes",
            [
                new GridTableColumn("STT", 8, StyleIds.TableNumber, "{{inc @index}}"),
                new GridTableColumn("Cá nhân, tập thể, đơn vị", 27, StyleIds.TableText, "{{candidate}}", " - ", "{{unit}}"),
                new GridTableColumn("Danh hiệu, hình thức", 21, StyleIds.TableText, "{{title}}"),
                new GridTableColumn("Đồng ý", 10, StyleIds.TableNumber, "{{agree}}"),
                new GridTableColumn("Không đồng ý", 11, StyleIds.TableNumber, "{{disagree}}"),
                new GridTableColumn("Tỷ lệ đồng ý (cần đạt)", 13, StyleIds.TableNumber, "{{percent}}", "% (", "{{threshold}}", ")"),
                new GridTableColumn("Kết quả", 10, StyleIds.TableNumber, "{{#if passed}}", "Đạt", "{{else}}", "Không đạt", "{{/if}}"),
            ]),
        BodyBlock.Create(),
        LayoutTable.TwoColumns(
            new TwoColumnGeometry(PageGeometry.TextWidth / 2, PageGeometry.TextWidth - (PageGeometry.TextWidth / 2), SpaceAbove: ClosingTable.SpaceAbove),
            (SignatureBlock.ForSigner("THƯ KÝ", "{{secretary.name}}"), SignatureBlock.ForSignature()),
            (RecipientsBlock.Create(), [])),
    ];

    private static Paragraph Body(params string[] runs) => TemplateParagraph.Create(StyleIds.Body, runs);
}
