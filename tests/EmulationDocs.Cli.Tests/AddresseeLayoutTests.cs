using System.Text.Json.Nodes;
using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;

namespace EmulationDocs.Cli.Tests;

/// <summary>Decree 30, box 9a: one addressee on the "Kính gửi:" line; several as "- …;" lines under it.</summary>
public sealed class AddresseeLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new("addressees");

    [Fact]
    public void One_addressee_stands_on_the_kinh_gui_line()
    {
        var paragraphs = RenderLetter(["Sở Nội vụ tỉnh Nam Định"]);
        Assert.Contains("Kính gửi: Sở Nội vụ tỉnh Nam Định.", paragraphs);
        Assert.DoesNotContain("Kính gửi:", paragraphs);
    }

    [Fact]
    public void Several_addressees_go_one_per_line_under_kinh_gui()
    {
        var paragraphs = RenderLetter(["Thủ trưởng các cơ quan", "Chủ tịch UBND các xã, thị trấn"]);
        var heading = paragraphs.ToList().IndexOf("Kính gửi:");
        Assert.True(heading >= 0, string.Join(" | ", paragraphs));
        Assert.Equal(["- Thủ trưởng các cơ quan;", "- Chủ tịch UBND các xã, thị trấn."], paragraphs.Skip(heading + 1).Take(2));
    }

    private IReadOnlyList<string> RenderLetter(string[] addressees)
    {
        var data = Samples.DataOf("seed-000");
        data["addressees"] = new JsonArray(addressees.Select(a => (JsonNode)a).ToArray());
        var dataFile = _folder.File("data.json");
        File.WriteAllText(dataFile, data.ToJsonString());
        var output = _folder.File("letter.docx");
        var result = CliRun.Invoke("render", Path.Combine(RepositoryPaths.Templates, "official-letter.docx"), dataFile, "-o", output);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(CliRun.Invoke("check", output).ExitCode == 0);
        return WordFile.Paragraphs(output);
    }

    public void Dispose() => _folder.Dispose();
}
