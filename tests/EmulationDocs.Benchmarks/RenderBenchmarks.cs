using System.Text;
using BenchmarkDotNet.Attributes;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Data;

namespace EmulationDocs.Benchmarks;

/// <summary>
/// Render time and allocations of a compiled template (compile is done once, outside the
/// measurement): a 4-column table of 1,000 and 10,000 rows, and a body of about 50 pages.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class RenderBenchmarks
{
    private DocxTemplate _table = null!;
    private DocxTemplate _body = null!;
    private TemplateData _rows1000 = null!;
    private TemplateData _rows10000 = null!;
    private TemplateData _fiftyPages = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = DocxTemplate.Compile(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Templates", "table.docx")));
        _body = DocxTemplate.Compile(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Templates", "body.docx")));
        _rows1000 = TemplateData.FromJson(Rows(1_000));
        _rows10000 = TemplateData.FromJson(Rows(10_000));
        _fiftyPages = TemplateData.FromJson(Body(sections: 50));
    }

    [Benchmark]
    public int Table1000Rows() => _table.Render(_rows1000).Length;

    [Benchmark]
    public int Table10000Rows() => _table.Render(_rows10000).Length;

    [Benchmark]
    public int Body50Pages() => _body.Render(_fiftyPages).Length;

    /// <summary>Names and units like those of an award list.</summary>
    public static string Rows(int count)
    {
        var json = new StringBuilder("{ \"title\": \"ĐỀ NGHỊ KHEN THƯỞNG\", \"rows\": [");
        for (int i = 0; i < count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append($"{{ \"name\": \"Nguyễn Văn Người Thứ {i}\", \"position\": \"Giáo viên\", \"unit\": \"Trường THCS Trực Đại số {i % 40}\" }}");
        }
        return json.Append("] }").ToString();
    }

    /// <summary>Each section is one page: a heading and about 450 words of Markdown in 6 paragraphs.</summary>
    public static string Body(int sections)
    {
        const string paragraph = "Năm 2022, năm thứ hai thực hiện Nghị quyết Đại hội Đảng các cấp và **Kế hoạch phát triển kinh tế - xã hội** 5 năm (2021 - 2025); " +
                                 "là năm có ý nghĩa quan trọng, đòi hỏi các cấp, các ngành, cộng đồng doanh nghiệp và toàn thể nhân dân trong huyện *tiếp tục phát huy* " +
                                 "truyền thống tốt đẹp và kết quả đạt được trong các phong trào thi đua yêu nước những năm qua.";
        var text = string.Join("\\n\\n", Enumerable.Range(1, 6).Select(n => $"{n}. {paragraph}"));
        var json = new StringBuilder("{ \"title\": \"Báo cáo tổng kết\", \"sections\": [");
        for (int i = 0; i < sections; i++)
        {
            if (i > 0) json.Append(',');
            json.Append($"{{ \"heading\": \"PHẦN {i + 1}\", \"text\": \"{text}\" }}");
        }
        return json.Append("] }").ToString();
    }
}
