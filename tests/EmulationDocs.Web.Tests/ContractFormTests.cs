using System.Text.Json.Nodes;
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
    ]);

    [Fact]
    public void Each_contract_type_gets_its_input_and_values_prefill_them()
    {
        var fields = ContractForm.Fields(Contract, new JsonObject { ["year"] = 2022, ["recipients"] = new JsonArray("Như trên", "Lưu: VT") });
        Assert.Equal(
            [FormInput.Text, FormInput.TextArea, FormInput.Date, FormInput.Integer, FormInput.Lines, FormInput.Group, FormInput.Json],
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
            ["doc.awardGroups"] = """[{ "title": "Lao động tiên tiến" }]""",
        });
        var (data, problems) = ContractForm.Read(Contract, form);
        Assert.Empty(problems);
        Assert.Equal("Dòng 1\nDòng 2", data["body"]!.GetValue<string>());
        Assert.False(data.ContainsKey("date"));
        Assert.Equal(2022, data["year"]!.GetValue<long>());
        Assert.Equal(["Như trên", "Lưu: VT"], data["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Lưu Văn Dương", data["signature"]!["name"]!.GetValue<string>());
        Assert.Equal("Lao động tiên tiến", data["awardGroups"]![0]!["title"]!.GetValue<string>());
        Assert.DoesNotContain(Contract.Validate(System.Text.Json.JsonSerializer.SerializeToElement(data)), v => !v.IsIncompleteness);
    }

    [Fact]
    public void Unparsable_number_or_json_is_reported_with_the_field_label()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["doc.year"] = "hai nghìn", ["doc.awardGroups"] = "[{" });
        var (_, problems) = ContractForm.Read(Contract, form);
        Assert.Equal(["Năm: giá trị không hợp lệ.", "Danh sách khen thưởng: giá trị không hợp lệ."], problems);
    }
}
