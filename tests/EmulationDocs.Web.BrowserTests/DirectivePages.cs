using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EmulationDocs.Testing;
using Microsoft.Playwright;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>Steps of the directive chain as a user performs them on the pages, and the seed they type in.</summary>
public static class DirectivePages
{

    /// <summary>Starts a directive of Trực Ninh from "Tạo văn bản mới" and returns the new document's id (from its URL).</summary>
    public static async Task<Guid> StartDirectiveAsync(BrowserSession session, string title, string? screenshot = null)
    {
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo văn bản mới", Exact = true }).First.ClickAsync();
        await page.Locator("a[href*='definition=directive'][href*='unit=truc-ninh']").ClickAsync();
        await page.Locator("input[name=title]").FillAsync(title);
        foreach (var (key, value) in TrucNinhDirective.Data())
            await page.Locator($"[name='doc.{key}']").FillAsync(value switch
            {
                JsonArray lines => string.Join("\n", lines.Select(l => l!.GetValue<string>())),
                _ => value!.ToString(),
            });
        if (screenshot is not null) await session.ScreenshotAsync(screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Documents/") && !url.Contains("/New"));
        return Guid.Parse(new Uri(page.Url).AbsolutePath["/Documents/".Length..]);
    }

    /// <summary>Opens the user's task on the document through the inbox, as a user would.</summary>
    public static async Task OpenTaskAsync(IPage page, string title)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Tasks/**");
    }

    /// <summary>Presses one action button of the open task page; the app answers with the inbox.</summary>
    public static async Task ActAsync(IPage page, string button, string? comment = null)
    {
        if (comment is not null) await page.GetByLabel("Ý kiến").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    /// <summary>The history entries on the current page whose action label is <paramref name="action"/>.</summary>
    public static ILocator HistoryEntries(IPage page, string action) =>
        page.Locator("ol.timeline > li").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"— {action} \\(") });

    /// <summary>Text of each paragraph of word/document.xml, runs joined (Word splits text across runs freely).</summary>
    public static IReadOnlyList<string> DocxParagraphs(string path)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))).ToList();
    }
}
