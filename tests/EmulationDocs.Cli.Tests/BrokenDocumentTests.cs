using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Cli.Tests.Support;

namespace EmulationDocs.Cli.Tests;

/// <summary>
/// <c>check</c> catches each single deviation from Decree 30 in a real document: copies of the
/// rendered directive (seed 002), each broken in exactly one way, must fail under the right rule id.
/// </summary>
[Collection(RenderedSamplesCollection.Name)]
public sealed class BrokenDocumentTests(RenderedSamples rendered) : IDisposable
{
    private const string Directive = "seed-002";
    private const int LeftMargin20Millimetres = 1134; // 20 mm in twentieths of a point (20 × 1440 / 25.4)
    private const string BodyStyle = "Body";
    private readonly TempFolder _folder = new("broken");

    /// <summary>Each way to break the document: its name, the rule that must catch it, and the edit.</summary>
    private static readonly (string Name, string Rule, Action<WordprocessingDocument> Edit)[] Breakages =
    [
        ("left margin 20 mm", "page.margins", document => document.Section().GetFirstChild<PageMargin>()!.Left = LeftMargin20Millimetres),
        ("one body run in Arial", "font.family", document =>
            document.ParagraphStyled(BodyStyle).Elements<Run>().First().Properties().RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }),
        ("motto capitalised", "header.motto.text", document => document.ParagraphStyled("Motto").SetText("Độc Lập - Tự Do - Hạnh Phúc")),
        ("number without leading zero", "header.number.pattern", document => document.ParagraphStyled("DocumentNumber").SetText("Số: 5/CT-UBND")),
        ("date without leading zeros", "header.place-date.pattern", document => document.ParagraphStyled("PlaceDate").SetText("Nam Định, ngày 5 tháng 1 năm 2021")),
        ("body paragraph left-aligned", "body.alignment", document =>
            document.ParagraphStyled(BodyStyle).Properties().Justification = new Justification { Val = JustificationValues.Left }),
        ("recipients heading not italic", "recipients.format", document =>
            document.ParagraphStyled("RecipientsHeading").Elements<Run>().Single().Properties().Italic = new Italic { Val = false }),
        ("different first page removed", "page-number.first-page", document => document.Section().GetFirstChild<TitlePage>()!.Remove()),
        ("body font 12 pt", "body.font-size", document =>
        {
            // In the style, as a clerk changing "Nội dung văn bản" would.
            var style = document.Style(BodyStyle);
            style.StyleRunProperties ??= new StyleRunProperties();
            style.StyleRunProperties.FontSize = new FontSize { Val = "24" };
            style.StyleRunProperties.FontSizeComplexScript = new FontSizeComplexScript { Val = "24" };
        }),
    ];

    public static TheoryData<string, string> BrokenWays
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, rule, _) in Breakages) data.Add(name, rule);
            return data;
        }
    }

    [Fact]
    public void Unbroken_copy_passes_check()
    {
        // Saved through the same SDK round trip as the broken copies, so only the breakage differs.
        var copy = DocxEdit.Copy(rendered.DocxOf(Directive), _folder.File("unbroken.docx"), _ => { });

        var result = CliRun.Invoke("check", copy);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [MemberData(nameof(BrokenWays))]
    public void Check_names_the_broken_rule(string breakage, string expectedRule)
    {
        var edit = Breakages.Single(b => b.Name == breakage).Edit;
        var copy = DocxEdit.Copy(rendered.DocxOf(Directive), _folder.File(breakage.Replace(' ', '-') + ".docx"), edit);

        var result = CliRun.Invoke("check", copy);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"[{expectedRule}] ", StringComparison.Ordinal));
        // Broken in one way, so no other rule may complain.
        Assert.All(result.ErrorLines, line => Assert.StartsWith($"[{expectedRule}] ", line));
    }

    public void Dispose() => _folder.Dispose();
}
