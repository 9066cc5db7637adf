using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Documents.Tests;

public sealed class ContractTests
{
    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Contract_parses_and_uses_known_types(string name)
    {
        var template = GeneratedTemplates.Named(name);
        using var json = JsonDocument.Parse(template.ContractJson);
        var contract = DataContract.FromJson(template.ContractJson);

        Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(template.Kind.Code, json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(template.ContractJson, contract.ToJson());
        Assert.All(Flatten(contract.Fields), field =>
        {
            Assert.Contains(field.Type, FieldTypes.All);
            Assert.False(string.IsNullOrWhiteSpace(field.Label), $"{field.Name} has no label");
            Assert.Equal(field.Type == FieldTypes.Array, field.Items is not null);
            Assert.Equal(field.Type == FieldTypes.Object, field.Fields is not null);
        });
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Every_field_a_template_reads_is_declared_in_its_contract(string name)
    {
        var template = GeneratedTemplates.Named(name);
        using var opened = new OpenedTemplate(template.Docx);
        var text = string.Concat(opened.Body.Descendants<Text>().Select(t => t.Text));

        var undeclared = ScopedPaths(TemplateTag.Scan(text), template.Contract.Fields)
            .Where(pair => pair.Field is null)
            .Select(pair => pair.Path)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Every_top_level_field_of_the_contract_is_used_by_its_template(string name)
    {
        var template = GeneratedTemplates.Named(name);
        using var opened = new OpenedTemplate(template.Docx);
        var text = string.Concat(opened.Body.Descendants<Text>().Select(t => t.Text));
        var used = ScopedPaths(TemplateTag.Scan(text), template.Contract.Fields)
            .Where(pair => pair.Depth == 0)
            .Select(pair => pair.Path.Split('.')[0])
            .ToHashSet();

        var unused = template.Contract.Fields.Select(field => field.Name).Where(field => !used.Contains(field)).ToList();

        Assert.Empty(unused);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Shared_fields_keep_the_names_and_requirement_of_the_data_model(string name)
    {
        var fields = GeneratedTemplates.Named(name).Contract.Fields.ToDictionary(field => field.Name);

        foreach (var required in new[] { "issuingBody", "symbol", "place", "year", "summary", "body", "recipients" })
        {
            Assert.True(fields[required].Required, required);
        }

        foreach (var optional in new[] { "governingBody", "number", "date" })
        {
            Assert.False(fields[optional].Required, optional);
        }
    }

    /// <summary>
    /// Resolves every path the tags read against the contract, following the scopes that
    /// <c>{{#each}}</c> and <c>{{#with}}</c> open; <c>{{#if}}</c> and <c>{{#unless}}</c> keep the scope.
    /// </summary>
    private static IEnumerable<(string Path, ContractField? Field, int Depth)> ScopedPaths(IEnumerable<TemplateTag> tags, IReadOnlyList<ContractField> topLevel)
    {
        var scopes = new Stack<(string Block, IReadOnlyList<ContractField> Fields)>();
        var current = topLevel;
        foreach (var tag in tags)
        {
            var resolved = tag.Paths.Select(path => (Path: path, Field: Resolve(current, path))).ToList();
            foreach (var (path, field) in resolved)
            {
                yield return (path, field, scopes.Count(scope => scope.Block is "each" or "with"));
            }

            if (tag.IsOpen)
            {
                scopes.Push((tag.Block, current));
                var field = resolved.SingleOrDefault().Field;
                current = tag.Block switch
                {
                    "each" => field?.Items?.Fields ?? [],
                    "with" => field?.Fields ?? [],
                    _ => current,
                };
            }
            else if (tag.IsClose)
            {
                var (block, outer) = scopes.Pop();
                Assert.Equal(block, tag.Block);
                current = outer;
            }
        }

        Assert.Empty(scopes);
    }

    private static ContractField? Resolve(IReadOnlyList<ContractField> fields, string path)
    {
        ContractField? field = null;
        foreach (var segment in path.Split('.'))
        {
            // "addressees.[0]" reads an element of the array field "addressees".
            if (segment.StartsWith('[') && field is { Items: { } items })
            {
                fields = items.Fields ?? [];
                continue;
            }

            field = fields.FirstOrDefault(candidate => candidate.Name == segment);
            if (field is null)
            {
                return null;
            }

            fields = field.Fields ?? [];
        }

        return field;
    }

    [Fact]
    public void A_field_s_own_limits_refuse_longer_values_naming_the_field_and_the_limit()
    {
        var contract = DataContract.FromJson("""
            { "name": "t", "kind": "cong-van", "fields": [
              { "name": "symbol", "type": "string", "required": true, "label": "Ký hiệu", "maxLength": 20 },
              { "name": "rows", "type": "array", "required": false, "label": "Danh sách", "maxItems": 2, "items": { "type": "string" } } ] }
            """);
        using var data = JsonDocument.Parse($$"""{ "symbol": "{{new string('X', 21)}}", "rows": ["a", "b", "c"] }""");

        var violations = contract.Validate(data.RootElement);

        Assert.Equal(
            [("symbol", "«Ký hiệu» dài quá giới hạn: tối đa 20 ký tự."), ("rows", "«Danh sách» có quá nhiều dòng: tối đa 2.")],
            violations.Select(v => (v.Path, v.Message)));
        Assert.All(violations, v => Assert.False(v.IsIncompleteness));
    }

    [Theory]
    [InlineData("""{ "name": "symbol", "type": "integer", "required": true, "label": "Số", "maxLength": 20 }""")]
    [InlineData("""{ "name": "symbol", "type": "string", "required": true, "label": "Số", "maxLength": 0 }""")]
    [InlineData("""{ "name": "symbol", "type": "string", "required": true, "label": "Số", "maxItems": 3 }""")]
    public void A_limit_on_the_wrong_type_or_not_positive_makes_the_contract_unusable(string field) =>
        Assert.Throws<FormatException>(() => DataContract.FromJson($$"""{ "name": "t", "kind": "cong-van", "fields": [ {{field}} ] }"""));

    private static IEnumerable<ContractField> Flatten(IEnumerable<ContractField> fields) =>
        fields.SelectMany(field => Flatten(field.Fields ?? field.Items?.Fields ?? []).Prepend(field));
}
