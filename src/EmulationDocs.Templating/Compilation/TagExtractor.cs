using System.Text;
using System.Xml.Linq;
using EmulationDocs.Templating.Parsing;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Finds the tags of every paragraph however Word split them into runs, moves each tag's text
/// into the run where it begins (so the value takes that run's formatting) and replaces it by a
/// marker comment inside that run's text.
/// </summary>
internal sealed class TagExtractor(ParagraphLocator locator, List<TemplateProblem> problems)
{
    private readonly List<TagOccurrence> _occurrences = [];

    public List<TagOccurrence> Extract(XDocument part)
    {
        foreach (var paragraph in part.Descendants(Paragraph).ToList())
            ExtractFrom(paragraph);
        return _occurrences;
    }

    private void ExtractFrom(XElement paragraph)
    {
        var texts = paragraph.Descendants(Text).Where(t => OwningParagraph(t) == paragraph).ToList();
        if (texts.Count == 0) return;
        var full = string.Concat(texts.Select(t => t.Value));
        if (!full.Contains("{{", StringComparison.Ordinal)) return;

        var spans = TagScanner.Scan(full);
        var location = locator.Locate(paragraph);
        WarnOfMixedFormatting(texts, spans, full, location);
        MergeSplitTags(texts, spans);

        var validSpans = spans.Where(s => s.Error is null).ToList();
        var outsideText = RemoveSpans(full, validSpans);
        var alone = validSpans.Count == 1 && string.IsNullOrWhiteSpace(outsideText) && spans.Count == 1;

        foreach (var span in spans.Where(s => s.Error is not null))
            problems.Add(new(ProblemCode.UnclosedTag, "Thẻ mở '{{' không có '}}' đóng trong cùng đoạn.", location, Excerpt(full, span)));

        foreach (var text in texts)
            ReplaceTagsWithMarkers(text, paragraph, location, alone);
        RemoveEmptyRuns(texts);
    }

    /// <summary>
    /// A printing tag typed over runs that look different prints in the first run's formatting
    /// (<see cref="MergeSplitTags"/>); the author is told which formatting wins.
    /// </summary>
    private void WarnOfMixedFormatting(List<XElement> texts, List<TagSpan> spans, string full, TemplateLocation location)
    {
        var start = 0;
        var runs = texts.Select(t =>
        {
            var range = (Start: start, End: start + t.Value.Length, Run: t.Parent);
            start = range.End;
            return range;
        }).ToList();
        foreach (var span in spans.Where(s => s.Error is null))
        {
            var tag = full.Substring(span.Start, span.Length);
            if (!TagParser.PrintsText(tag)) continue;
            var pieces = new List<(string Fragment, string Key, XElement? Run)>();
            foreach (var (from, to, run) in runs.Where(r => r.End > span.Start && r.Start < span.Start + span.Length))
            {
                var fragment = full[Math.Max(from, span.Start)..Math.Min(to, span.Start + span.Length)];
                var key = RunFormatting.Key(run);
                if (pieces.Count > 0 && pieces[^1].Key == key) pieces[^1] = (pieces[^1].Fragment + fragment, key, pieces[^1].Run);
                else pieces.Add((fragment, key, run));
            }
            if (pieces.Count < 2) continue;
            var described = string.Join(", ", pieces.Select(p => $"{RunFormatting.Describe(p.Run)} ở “{p.Fragment}”"));
            problems.Add(new(ProblemCode.TagFormattingDiffers,
                $"Thẻ được gõ với định dạng khác nhau ({described}); giá trị sẽ in theo định dạng của phần đầu “{pieces[0].Fragment}”: " +
                $"{RunFormatting.Describe(pieces[0].Run)}. Hãy chọn cả thẻ và định dạng một lần.",
                location, tag));
        }
    }

    /// <summary>Moves the whole text of each tag into the text element where the tag begins.</summary>
    private static void MergeSplitTags(List<XElement> texts, List<TagSpan> spans)
    {
        var values = texts.Select(t => t.Value).ToArray();
        var starts = new int[values.Length];
        for (int i = 1; i < values.Length; i++) starts[i] = starts[i - 1] + values[i - 1].Length;

        // Back to front, so earlier offsets stay valid while later text elements shrink.
        for (int s = spans.Count - 1; s >= 0; s--)
        {
            var span = spans[s];
            var first = IndexAt(starts, values, span.Start);
            var last = IndexAt(starts, values, span.Start + span.Length - 1);
            if (first == last) continue;
            var builder = new StringBuilder(values[first][..(span.Start - starts[first])]);
            for (int i = first; i <= last; i++)
            {
                var from = i == first ? span.Start - starts[first] : 0;
                var to = i == last ? span.Start + span.Length - starts[last] : values[i].Length;
                builder.Append(values[i], from, to - from);
                if (i > first) values[i] = i == last ? values[i][to..] : "";
            }
            values[first] = builder.ToString();
        }
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i].Value != values[i]) texts[i].Value = values[i];
        }
    }

    private static int IndexAt(int[] starts, string[] values, int position)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            if (position < starts[i] + values[i].Length) return i;
        }
        return starts.Length - 1;
    }

    private void ReplaceTagsWithMarkers(XElement text, XElement paragraph, TemplateLocation location, bool alone)
    {
        var value = text.Value;
        var spans = TagScanner.Scan(value).Where(s => s.Error is null).ToList();
        if (spans.Count == 0) return;
        var nodes = new List<XNode>();
        var position = 0;
        foreach (var span in spans)
        {
            if (span.Start > position) nodes.Add(new XText(value[position..span.Start]));
            var raw = value.Substring(span.Start, span.Length);
            var tag = TagParser.Parse(raw, location, problems);
            if (tag is not null)
            {
                var occurrence = new TagOccurrence(_occurrences.Count, tag, paragraph, location, alone);
                _occurrences.Add(occurrence);
                nodes.Add(occurrence.Marker);
            }
            position = span.Start + span.Length;
        }
        if (position < value.Length) nodes.Add(new XText(value[position..]));
        text.ReplaceNodes(nodes);
        text.SetAttributeValue(Xml + "space", "preserve");
    }

    private static void RemoveEmptyRuns(List<XElement> texts)
    {
        foreach (var text in texts)
        {
            if (text.Nodes().Any()) continue;
            var run = text.Parent;
            text.Remove();
            if (run is not null && run.Name == Run && !run.Elements().Any(e => e.Name != RunProperties)) run.Remove();
        }
    }

    private static string RemoveSpans(string text, List<TagSpan> spans)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var span in spans)
        {
            builder.Append(text, position, span.Start - position);
            position = span.Start + span.Length;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static string Excerpt(string text, TagSpan span) =>
        span.Length > 40 ? text.Substring(span.Start, 40) + "…" : text.Substring(span.Start, span.Length);
}
