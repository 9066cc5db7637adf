using System.Xml.Linq;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Removes what Word sprinkles between runs and never matters to a template (spell-check marks,
/// revision-session ids, paragraph ids that would repeat in loops) and refuses tracked changes:
/// a template must say one thing, so the author accepts or rejects them in Word first.
/// </summary>
internal static class PartNormalizer
{
    private static readonly XName[] NoiseElements = [W + "proofErr", W + "lastRenderedPageBreak"];

    private static readonly HashSet<XName> NoiseAttributes =
    [
        W + "rsidR", W + "rsidRPr", W + "rsidRDefault", W + "rsidP", W + "rsidDel", W + "rsidTr", W + "rsidSect",
        W14 + "paraId", W14 + "textId", WP14 + "anchorId", WP14 + "editId",
    ];

    public static void Normalize(XDocument part, string partName, ParagraphLocator locator, List<TemplateProblem> problems)
    {
        var tracked = part.Descendants().Where(e => TrackedChanges.Contains(e.Name)).ToList();
        if (tracked.Count > 0)
        {
            var first = tracked[0];
            var location = OwningParagraph(first) is { } paragraph ? locator.Locate(paragraph) : new TemplateLocation(partName);
            problems.Add(new(ProblemCode.TrackedChanges,
                $"Mẫu còn {tracked.Count} thay đổi được theo dõi (Track Changes); hãy chấp nhận hoặc từ chối tất cả trong Word rồi tải lên lại.",
                location));
        }

        foreach (var element in part.Descendants().Where(e => NoiseElements.Contains(e.Name)).ToList())
            element.Remove();
        foreach (var element in part.Descendants())
        {
            if (!element.HasAttributes) continue;
            foreach (var attribute in element.Attributes().Where(a => NoiseAttributes.Contains(a.Name)).ToList())
                attribute.Remove();
        }
    }
}
