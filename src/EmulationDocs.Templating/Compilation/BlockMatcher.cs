using EmulationDocs.Templating.Parsing;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Compilation;

/// <summary>Pairs open, else and close tags of a part, reporting stray and unclosed ones.</summary>
internal static class BlockMatcher
{
    private sealed class Pending(TagOccurrence open)
    {
        public TagOccurrence Open { get; } = open;
        public TagOccurrence? Else { get; set; }
    }

    public static List<Block> Match(IEnumerable<TagOccurrence> occurrences, List<TemplateProblem> problems)
    {
        var blocks = new List<Block>();
        var stack = new Stack<Pending>();
        foreach (var occurrence in occurrences)
        {
            switch (occurrence.Tag.Kind)
            {
                case TagKind.BlockOpen:
                    stack.Push(new Pending(occurrence));
                    break;
                case TagKind.Else:
                    if (stack.Count == 0)
                        problems.Add(new(ProblemCode.StrayElse, "{{else}} nằm ngoài mọi khối.", occurrence.Location, occurrence.Tag.Text));
                    else if (stack.Peek().Else is not null)
                        problems.Add(new(ProblemCode.StrayElse, "Khối đã có một {{else}}.", occurrence.Location, occurrence.Tag.Text));
                    else
                        stack.Peek().Else = occurrence;
                    break;
                case TagKind.BlockClose:
                    Close(occurrence, stack, blocks, problems);
                    break;
            }
        }
        foreach (var pending in stack)
        {
            problems.Add(new(ProblemCode.UnclosedBlock,
                $"Khối {pending.Open.Tag.Text} không có thẻ đóng {{{{/{pending.Open.Tag.Name}}}}}.", pending.Open.Location, pending.Open.Tag.Text));
        }
        return blocks;
    }

    private static void Close(TagOccurrence close, Stack<Pending> stack, List<Block> blocks, List<TemplateProblem> problems)
    {
        if (stack.Count == 0)
        {
            problems.Add(new(ProblemCode.StrayBlockClose, "Thẻ đóng không có thẻ mở tương ứng.", close.Location, close.Tag.Text));
            return;
        }
        if (stack.Peek().Open.Tag.Name == close.Tag.Name)
        {
            var pending = stack.Pop();
            blocks.Add(new Block(pending.Open, pending.Else, close));
            return;
        }
        if (!stack.Any(p => p.Open.Tag.Name == close.Tag.Name))
        {
            problems.Add(new(ProblemCode.StrayBlockClose, $"Thẻ đóng không khớp với khối đang mở {stack.Peek().Open.Tag.Text}.", close.Location, close.Tag.Text));
            return;
        }
        // The close matches an outer block: every block opened inside it was left unclosed.
        while (stack.Peek().Open.Tag.Name != close.Tag.Name)
        {
            var unclosed = stack.Pop();
            problems.Add(new(ProblemCode.MismatchedBlockClose,
                $"Khối {unclosed.Open.Tag.Text} bị đóng bởi {close.Tag.Text} của khối ngoài; thiếu {{{{/{unclosed.Open.Tag.Name}}}}}.",
                unclosed.Open.Location, unclosed.Open.Tag.Text));
        }
        var outer = stack.Pop();
        blocks.Add(new Block(outer.Open, outer.Else, close));
    }
}
