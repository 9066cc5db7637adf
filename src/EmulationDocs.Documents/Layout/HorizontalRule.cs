using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>The solid lines under the issuing body, the motto and the summary line.</summary>
internal static class HorizontalRule
{
    /// <summary>A line of <paramref name="length"/> twips centred in a space <paramref name="available"/> twips wide.</summary>
    /// <param name="spaceAfter">Space below the line in points; the line under a title sets the title off from the text.</param>
    public static Paragraph Centered(int length, int available, double spaceAfter = 0)
    {
        var side = Math.Max(0, (available - length) / 2);
        var paragraph = TemplateParagraph.Create(StyleIds.HorizontalRule);
        var properties = paragraph.ParagraphProperties!;
        properties.Indentation = new Indentation { Left = side.ToString(), Right = side.ToString() };
        if (spaceAfter > 0)
        {
            properties.SpacingBetweenLines = new SpacingBetweenLines { After = Twips.FromPoints(spaceAfter).ToString() };
        }

        return paragraph;
    }
}
