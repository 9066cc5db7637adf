using System.Xml.Linq;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>Decides each block's <see cref="BlockScope"/> from where its tags stand, or reports why it has none.</summary>
internal static class BlockClassifier
{
    public static bool Classify(Block block, List<TemplateProblem> problems)
    {
        var open = block.Open;
        var close = block.Close;
        if (open.Paragraph == close.Paragraph)
            return ClassifyInline(block, problems);
        if (open.AloneInParagraph && close.AloneInParagraph && open.Paragraph.Parent == close.Paragraph.Parent)
            return ClassifyParagraphs(block, problems);
        if (IsRowSpan(open.Paragraph, close.Paragraph))
        {
            if (block.Else is { } @else)
            {
                problems.Add(new(ProblemCode.UnsupportedTag, "Không dùng {{else}} trong khối lặp theo hàng của bảng.", @else.Location, @else.Tag.Text));
                return false;
            }
            block.Scope = BlockScope.Rows;
            if (!StartsCell(open) || !EndsCell(close))
            {
                problems.Add(new(ProblemCode.BlockTakesWholeRow,
                    $"Khối {open.Tag.Text} … {close.Tag.Text} mở ở ô đầu và đóng ở ô cuối của hàng nhưng không bao trọn hàng: cả hàng, kể cả nội dung " +
                    "đứng trước thẻ mở hoặc sau thẻ đóng, sẽ bị lặp lại hoặc ẩn đi theo khối. Để lặp một hàng dữ liệu, đặt thẻ mở ở đầu ô đầu tiên và " +
                    "thẻ đóng ở cuối ô cuối cùng; để chỉ lặp hoặc ẩn một phần nội dung, đặt cả hai thẻ trong cùng một ô.",
                    open.Location, open.Tag.Text));
            }
            return true;
        }
        var crossesCells = open.Paragraph.Ancestors(TableCell).FirstOrDefault() != close.Paragraph.Ancestors(TableCell).FirstOrDefault();
        problems.Add(crossesCells
            ? new(ProblemCode.BlockCrossesBoundary,
                $"Khối {open.Tag.Text} … {close.Tag.Text} vượt qua ranh giới ô hoặc hàng của bảng. Để lặp hàng: đặt thẻ mở đầu ô đầu tiên và thẻ đóng cuối ô cuối cùng của hàng.",
                open.Location, open.Tag.Text)
            : new(ProblemCode.BlockScopeAmbiguous,
                $"Thẻ {open.Tag.Text} và {close.Tag.Text} phải nằm trong cùng một đoạn, hoặc mỗi thẻ đứng riêng một đoạn.",
                open.Location, open.Tag.Text));
        return false;
    }

    private static bool ClassifyInline(Block block, List<TemplateProblem> problems)
    {
        var container = RunContainer(block.Open);
        foreach (var tag in new[] { block.Else, block.Close })
        {
            if (tag is null) continue;
            if (tag.Paragraph != block.Open.Paragraph || RunContainer(tag) != container)
            {
                problems.Add(new(ProblemCode.BlockCrossesBoundary,
                    $"Các thẻ của khối {block.Open.Tag.Text} phải cùng nằm trong một đoạn và không vượt ra ngoài liên kết hay trường.",
                    tag.Location, tag.Tag.Text));
                return false;
            }
        }
        block.Scope = BlockScope.Inline;
        return true;
    }

    private static bool ClassifyParagraphs(Block block, List<TemplateProblem> problems)
    {
        if (block.Else is { } @else && (!@else.AloneInParagraph || @else.Paragraph.Parent != block.Open.Paragraph.Parent))
        {
            problems.Add(new(ProblemCode.BlockScopeAmbiguous,
                "{{else}} của khối nhiều đoạn phải đứng riêng một đoạn, cùng cấp với thẻ mở và thẻ đóng.", @else.Location, @else.Tag.Text));
            return false;
        }
        block.Scope = BlockScope.Paragraphs;
        return true;
    }

    /// <summary>The element holding the tag's run: the paragraph, or a hyperlink, field or content control inside it.</summary>
    public static XElement? RunContainer(TagOccurrence tag) => tag.Marker.Parent?.Parent?.Parent;

    /// <summary>Nothing a reader would see stands in the tag's cell before it.</summary>
    private static bool StartsCell(TagOccurrence tag) =>
        !tag.Paragraph.Ancestors(TableCell).First().DescendantNodes().TakeWhile(n => n != tag.Marker).Any(IsVisible);

    /// <summary>Nothing a reader would see stands in the tag's cell after it.</summary>
    private static bool EndsCell(TagOccurrence tag) =>
        !tag.Paragraph.Ancestors(TableCell).First().DescendantNodes().SkipWhile(n => n != tag.Marker).Skip(1).Any(IsVisible);

    private static bool IsVisible(XNode node) => node switch
    {
        XText text => text.Parent?.Name == Text && !string.IsNullOrWhiteSpace(text.Value),
        XElement element => VisibleObjects.Contains(element.Name),
        _ => false,
    };

    private static bool IsRowSpan(XElement openParagraph, XElement closeParagraph)
    {
        var openCell = openParagraph.Ancestors(TableCell).FirstOrDefault();
        var closeCell = closeParagraph.Ancestors(TableCell).FirstOrDefault();
        if (openCell?.Parent is not { } openRow || closeCell?.Parent is not { } closeRow) return false;
        if (openRow.Parent is null || openRow.Parent != closeRow.Parent) return false;
        if (openRow.Elements(TableCell).First() != openCell || closeRow.Elements(TableCell).Last() != closeCell) return false;
        return openRow == closeRow || openRow.IsBefore(closeRow);
    }
}
