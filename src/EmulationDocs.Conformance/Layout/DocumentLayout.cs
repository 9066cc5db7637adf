using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

/// <summary>The elements of Appendix I identified in one document, and how to name their place
/// for the user.</summary>
internal sealed class DocumentLayout
{
    private readonly Dictionary<DocumentParagraph, string> _roles = [];

    private DocumentLayout(
        IReadOnlyList<DocumentParagraph> paragraphs,
        HeaderArea header,
        TitleArea title,
        IReadOnlyList<DocumentParagraph> body,
        ClosingBlock closing)
    {
        Paragraphs = paragraphs;
        Header = header;
        Title = title;
        Body = body;
        Closing = closing;
        NameRoles();
    }

    public IReadOnlyList<DocumentParagraph> Paragraphs { get; }

    public HeaderArea Header { get; }

    public TitleArea Title { get; }

    public IReadOnlyList<DocumentParagraph> Body { get; }

    public ClosingBlock Closing { get; }

    public static DocumentLayout Analyze(Body body, FormattingResolver formatting)
    {
        var paragraphs = DocumentParagraphReader.Read(body);
        var header = HeaderAreaAnalyzer.Analyze(paragraphs, formatting);
        var title = TitleAreaAnalyzer.Analyze(paragraphs, header, formatting);
        var closing = ClosingBlockAnalyzer.Analyze(paragraphs, title.EndsAt, formatting);
        var content = BodyAnalyzer.Analyze(paragraphs, title.EndsAt, closing.StartsAt, formatting);
        return new DocumentLayout(paragraphs, header, title, content, closing);
    }

    /// <summary>The paragraph that follows <paramref name="paragraph"/> in the same table column
    /// (or, outside tables, in the body), blank or not.</summary>
    public DocumentParagraph? Next(DocumentParagraph paragraph) =>
        Paragraphs.FirstOrDefault(p => p.Number > paragraph.Number
            && ReferenceEquals(p.Cell?.Table, paragraph.Cell?.Table)
            && p.Cell?.Column == paragraph.Cell?.Column);

    /// <summary>E.g. "Đoạn 12 (Nội dung)" or "Bảng đầu trang, cột phải, đoạn 1 (Quốc hiệu)".</summary>
    public string Locate(DocumentParagraph paragraph)
    {
        var place = paragraph.Cell switch
        {
            null => $"Đoạn {paragraph.Number}",
            { Table: var table } cell when ReferenceEquals(table, Header.Table) =>
                $"Bảng đầu trang, cột {Side(cell)}, đoạn {cell.ParagraphInColumn}",
            { Table: var table } cell when ReferenceEquals(table, Closing.Table) =>
                $"Bảng ký, cột {Side(cell)}, đoạn {cell.ParagraphInColumn}",
            var cell => $"Bảng {cell.TableNumber}, hàng {cell.Row}, cột {cell.Column}, đoạn {cell.ParagraphInColumn}",
        };
        var line = paragraph.Line is { } number ? $", dòng {number}" : string.Empty;
        return _roles.TryGetValue(paragraph, out var role) ? $"{place}{line} ({role})" : $"{place}{line}";
    }

    private static string Side(TablePosition cell) => cell.Column == 1 ? "trái" : "phải";

    private void NameRoles()
    {
        Name(Header.GoverningBody, "Cơ quan chủ quản");
        Name(Header.IssuingBody, "Cơ quan ban hành");
        Name(Header.Number, "Số, ký hiệu");
        Name(Header.NationalTitle, "Quốc hiệu");
        Name(Header.Motto, "Tiêu ngữ");
        Name(Header.PlaceDate, "Địa danh, ngày tháng");
        Name(Title.TypeName, "Tên loại văn bản");
        Name(Title.Summary, "Trích yếu");
        Name(Title.LetterSummary, "Trích yếu công văn");
        Name(Body, "Nội dung");
        Name(Closing.RecipientsHeading, "Nơi nhận");
        Name(Closing.RecipientLines, "Danh sách nơi nhận");
        Name(Closing.AuthorityLines, "Quyền hạn, chức vụ người ký");
        Name(Closing.SignerName, "Họ tên người ký");
    }

    private void Name(DocumentParagraph? paragraph, string role)
    {
        if (paragraph is not null)
        {
            _roles[paragraph] = role;
        }
    }

    private void Name(IEnumerable<DocumentParagraph> paragraphs, string role)
    {
        foreach (var paragraph in paragraphs)
        {
            _roles[paragraph] = role;
        }
    }
}
