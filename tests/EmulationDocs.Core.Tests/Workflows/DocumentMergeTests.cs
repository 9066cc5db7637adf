using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>Edits to a document's data: field by field; null clears a field; stored data never keeps null markers.</summary>
public sealed class DocumentMergeTests
{
    [Fact]
    public void Null_clears_a_field_other_values_replace_it_and_fields_not_mentioned_stay()
    {
        var document = new JsonObject { ["summary"] = "Về việc cũ", ["body"] = "Nội dung", ["year"] = 2022, ["meeting"] = new JsonObject { ["date"] = "2024-01-02", ["place"] = "Hội trường" } };

        DocumentMerge.Apply(document, new JsonObject
        {
            ["summary"] = null, ["year"] = 2024, ["meeting"] = new JsonObject { ["date"] = "2024-03-04", ["place"] = null }, ["recipients"] = new JsonArray("Như trên", null),
        });

        Assert.False(document.ContainsKey("summary"));
        Assert.Equal("Nội dung", document["body"]!.GetValue<string>());
        Assert.Equal(2024, document["year"]!.GetValue<int>());
        Assert.Equal("""{"date":"2024-03-04"}""", document["meeting"]!.ToJsonString());
        Assert.Equal(["Như trên"], document["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
