using System.Text.Json.Nodes;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace EmulationDocs.Web.Tests;

public sealed class ContractFormTests
{
    private static readonly DataContract Contract = new("test", "CT",
    [
        ContractField.Of("summary", FieldTypes.String, true, "Trích yếu"),
        ContractField.Of("body", FieldTypes.Markdown, true, "Nội dung"),
        ContractField.Of("date", FieldTypes.Date, false, "Ngày"),
        ContractField.Of("year", FieldTypes.Integer, true, "Năm"),
        ContractField.List("recipients", true, "Nơi nhận", ContractItems.Of(FieldTypes.String)),
        ContractField.Group("signature", false, "Chữ ký", ContractField.Of("name", FieldTypes.String, true, "Họ tên")),
        ContractField.List("awardGroups", false, "Danh sách khen thưởng", ContractItems.Objects(ContractField.Of("title", FieldTypes.String, true, "Danh hiệu"))),
        // Items with two nested lists: more than one table can show, so still raw JSON.
        ContractField.List("matrix", false, "Bảng số", ContractItems.Objects(
            ContractField.List("rows", false, "Dòng", ContractItems.Objects(ContractField.Of("value", FieldTypes.Integer, true, "Giá trị"))),
            ContractField.List("notes", false, "Ghi chú", ContractItems.Objects(ContractField.Of("text", FieldTypes.String, true, "Nội dung"))))),
    ]);

    /// <summary>The award submission's nested list: groups (title, kind) of members (name, position, unit).</summary>
    private static readonly DataContract Candidates = new("candidates", "TTr",
    [
        ContractField.Of("summary", FieldTypes.String, true, "Trích yếu"),
        ContractField.Of("number", FieldTypes.String, false, "Số văn bản"),
        ContractField.Of("symbol", FieldTypes.String, true, "Ký hiệu văn bản"),
        ContractField.Group("signature", true, "Người ký",
            ContractField.Of("title", FieldTypes.String, true, "Chức vụ người ký"), ContractField.Of("name", FieldTypes.String, true, "Họ và tên người ký")),
        ContractField.List("awardGroups", true, "Danh sách đề nghị khen thưởng", ContractItems.Objects(
            ContractField.Of("title", FieldTypes.String, true, "Danh hiệu, hình thức khen thưởng"),
            new ContractField("kind", FieldTypes.String, true, "Đối tượng") { Values = ["individual", "collective"] },
            ContractField.List("members", true, "Danh sách", ContractItems.Objects(
                ContractField.Of("name", FieldTypes.String, true, "Họ và tên / Tên tập thể"),
                ContractField.Of("position", FieldTypes.String, false, "Chức vụ"),
                ContractField.Of("unit", FieldTypes.String, true, "Đơn vị"))))),
    ]);

    private static readonly FormContext Signed = new(
        [new EngineWrittenField("signature", StepKinds.Signing), new EngineWrittenField("number", StepKinds.Issuing), new EngineWrittenField("symbol", StepKinds.Issuing)],
        new Dictionary<string, IReadOnlyList<string>> { ["awardGroups.title"] = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"] });

    [Fact]
    public void Each_contract_type_gets_its_input_and_values_prefill_them()
    {
        var fields = ContractForm.Fields(Contract, new JsonObject { ["year"] = 2022, ["recipients"] = new JsonArray("Như trên", "Lưu: VT") });
        Assert.Equal(
            [FormInput.Text, FormInput.TextArea, FormInput.Date, FormInput.Integer, FormInput.Lines, FormInput.Group, FormInput.Table, FormInput.Json],
            fields.Select(f => f.Input));
        Assert.Equal("2022", fields.Single(f => f.Key == "doc.year").Value);
        Assert.Equal("Như trên\nLưu: VT", fields.Single(f => f.Key == "doc.recipients").Value);
        Assert.Equal("doc.signature.name", fields.Single(f => f.Input == FormInput.Group).Children.Single().Key);
    }

    [Fact]
    public void Posted_form_becomes_document_data_with_typed_values()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["doc.summary"] = "Về việc thi đua", ["doc.body"] = "Dòng 1\r\nDòng 2", ["doc.date"] = "", ["doc.year"] = "2022",
            ["doc.recipients"] = "Như trên\r\n\r\nLưu: VT", ["doc.signature.name"] = "Lưu Văn Dương",
            ["doc.awardGroups[0].title"] = "Lao động tiên tiến", ["doc.awardGroups[1].title"] = "",
            ["doc.matrix"] = """[{ "rows": [{ "value": 2 }], "notes": [] }]""",
        });
        var (data, problems) = ContractForm.Read(Contract, form);
        Assert.Empty(problems);
        Assert.Equal("Dòng 1\nDòng 2", data["body"]!.GetValue<string>());
        // Posted but empty: null, which clears a saved draft's value (DocumentMerge).
        Assert.True(data.ContainsKey("date"));
        Assert.Null(data["date"]);
        Assert.Equal(2022, data["year"]!.GetValue<long>());
        Assert.Equal(["Như trên", "Lưu: VT"], data["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Lưu Văn Dương", data["signature"]!["name"]!.GetValue<string>());
        Assert.Equal("Lao động tiên tiến", data["awardGroups"]!.AsArray().Single()!["title"]!.GetValue<string>());
        Assert.Equal(2, data["matrix"]![0]!["rows"]![0]!["value"]!.GetValue<int>());
        Assert.DoesNotContain(Contract.Validate(System.Text.Json.JsonSerializer.SerializeToElement(data)), v => !v.IsIncompleteness);
    }

    [Fact]
    public void Unparsable_number_or_json_is_reported_with_the_field_label()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["doc.year"] = "hai nghìn", ["doc.matrix"] = "[{" });
        var (_, problems) = ContractForm.Read(Contract, form);
        Assert.Equal(["Năm: giá trị không hợp lệ.", "Bảng số: giá trị không hợp lệ."], problems);
    }

    [Fact]
    public void Fields_the_engine_writes_are_shown_as_filled_later_and_not_required()
    {
        var fields = ContractForm.Fields(Candidates, null, Signed);
        Assert.Equal(FormInput.FilledLater, fields.Single(f => f.Key == "doc.signature").Input);
        Assert.Equal(FormInput.FilledLater, fields.Single(f => f.Key == "doc.symbol").Input);
        Assert.All(fields.Where(f => f.Input == FormInput.FilledLater), f => Assert.False(f.Required));
        Assert.True(fields.Single(f => f.Key == "doc.summary").Required);

        // Posted anyway (a hand-made request), they are not read: the engine writes them.
        var (data, _) = ContractForm.Read(Candidates, new FormCollection(new Dictionary<string, StringValues>
        {
            ["doc.symbol"] = "TTr-XX", ["doc.signature.name"] = "Ai đó",
        }), Signed);
        Assert.False(data.ContainsKey("symbol"));
        Assert.False(data.ContainsKey("signature"));

        Assert.Equal(["Trích yếu", "Danh sách đề nghị khen thưởng"], DraftCompleteness.Missing(Candidates, [], Signed));
    }

    [Fact]
    public void Award_groups_are_edited_as_one_row_per_candidate_with_the_title_asked_for()
    {
        var groups = JsonNode.Parse("""
            [{ "title": "Lao động tiên tiến", "kind": "individual", "members": [
                { "name": "Trần Thị Thúy", "position": "Giáo viên", "unit": "Trường THCS Trực Đại" },
                { "name": "Phạm Thị Lệ", "unit": "Trường THCS Trực Đại" } ] },
             { "title": "Tập thể lao động tiên tiến", "kind": "collective", "members": [ { "name": "Tổ Khoa học Tự nhiên", "unit": "Trường THCS Trực Đại" } ] }]
            """)!.AsArray();
        var table = ContractForm.Fields(Candidates, new JsonObject { ["awardGroups"] = groups.DeepClone() }, Signed).Single(f => f.Key == "doc.awardGroups");
        Assert.Equal(FormInput.Table, table.Input);
        Assert.Equal(["title", "kind", "members.name", "members.position", "members.unit"], table.Table!.Columns.Select(c => c.Key));
        Assert.Equal(3 + FormTable.BlankRows, table.Table.Rows.Count);
        Assert.Equal("Lao động tiên tiến", table.Table.Rows[1]["title"]);
        var title = table.Table.Columns[0];
        Assert.Equal(FormInput.Choice, title.Input);
        // The rules' titles, and a title already in the data that the rules do not list, so nothing is lost.
        Assert.Equal(["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến"], title.Choices.Select(c => c.Value));
        Assert.Equal(["Cá nhân", "Tập thể"], table.Table.Columns[1].Choices.Select(c => c.Label));

        // Posted back as indexed fields, with a gap where a row was removed and a blank row: the same groups.
        var posted = new Dictionary<string, StringValues>();
        void Row(int i, string t, string k, string name, string position, string unit)
        {
            posted[$"doc.awardGroups[{i}].title"] = t;
            posted[$"doc.awardGroups[{i}].kind"] = k;
            posted[$"doc.awardGroups[{i}].members.name"] = name;
            posted[$"doc.awardGroups[{i}].members.position"] = position;
            posted[$"doc.awardGroups[{i}].members.unit"] = unit;
        }
        Row(0, "Lao động tiên tiến", "individual", "Trần Thị Thúy", "Giáo viên", "Trường THCS Trực Đại");
        Row(2, "Tập thể lao động tiên tiến", "collective", "Tổ Khoa học Tự nhiên", "", "Trường THCS Trực Đại");
        Row(3, "Lao động tiên tiến", "individual", "Phạm Thị Lệ", "", "Trường THCS Trực Đại");
        Row(4, "", "", "", "", "");
        var (data, problems) = ContractForm.Read(Candidates, new FormCollection(posted), Signed);
        Assert.Empty(problems);
        Assert.True(JsonNode.DeepEquals(groups, data["awardGroups"]), data["awardGroups"]!.ToJsonString());
    }
}
