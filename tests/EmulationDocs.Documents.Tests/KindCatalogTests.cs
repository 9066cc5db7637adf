using System.Globalization;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Templates;

namespace EmulationDocs.Documents.Tests;

public sealed class KindCatalogTests
{
    private static readonly string[] AppendixIIIAbbreviations =
    [
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
        "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
    ];

    [Fact]
    public void Catalog_holds_every_abbreviation_of_appendix_III_and_the_official_letter()
    {
        Assert.Equal(AppendixIIIAbbreviations, DocumentKindCatalog.All.Where(kind => !kind.IsOfficialLetter).Select(kind => kind.Code));
        Assert.Null(DocumentKindCatalog.OfficialLetter.Abbreviation);
        Assert.Null(DocumentKindCatalog.OfficialLetter.TypeName);
        Assert.Equal(DocumentKindCatalog.All.Count, DocumentKindCatalog.All.Select(kind => kind.EnglishName).Distinct().Count());
    }

    [Fact]
    public void Type_names_are_the_names_in_upper_case()
    {
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        Assert.All(
            DocumentKindCatalog.All.Where(kind => !kind.IsOfficialLetter),
            kind => Assert.Equal(kind.Name.ToUpper(vietnamese), kind.TypeName));
    }

    [Theory]
    [InlineData("TB", "THÔNG BÁO")]
    [InlineData("HD", "HƯỚNG DẪN")]
    [InlineData("HĐ", "HỢP ĐỒNG")]
    [InlineData("CTr", "CHƯƠNG TRÌNH")]
    [InlineData("CT", "CHỈ THỊ")]
    [InlineData("Plan", "KẾ HOẠCH")]
    [InlineData("submission", "TỜ TRÌNH")]
    public void Kinds_are_found_by_code_or_English_name(string key, string typeName) =>
        Assert.Equal(typeName, DocumentKindCatalog.Get(key).TypeName);

    [Fact]
    public void Unknown_kind_fails_with_a_message_listing_valid_kinds()
    {
        var error = Assert.Throws<UnknownDocumentKindException>(() => OfficialTemplateFactory.Create(new TemplateRequest("XYZ")));

        Assert.Equal("XYZ", error.Requested);
        Assert.Contains("Unknown document kind 'XYZ'", error.Message);
        Assert.Contains("CTr", error.Message);
        Assert.Contains("TTr", error.Message);
    }

    [Fact]
    public void Factory_builds_any_kind_with_its_type_name_and_contract()
    {
        var template = OfficialTemplateFactory.Create(new TemplateRequest("CTr"));
        using var opened = new OpenedTemplate(template.Docx);

        Assert.Equal("programme", template.Name);
        Assert.Equal("CTr", template.Contract.Kind);
        Assert.Contains("CHƯƠNG TRÌNH", opened.ParagraphTexts);
        Assert.Contains("{{markdown body}}", opened.ParagraphTexts);
        Assert.DoesNotContain(template.Contract.Fields, field => field.Name == "addressees");
    }

    [Fact]
    public void Factory_applies_overrides()
    {
        var template = OfficialTemplateFactory.Create(new TemplateRequest("TB")
        {
            Name = "conclusion-notice",
            TypeName = "THÔNG BÁO KẾT LUẬN",
            Addressees = AddresseeUse.Required,
        });
        using var opened = new OpenedTemplate(template.Docx);

        Assert.Equal("conclusion-notice", template.Contract.Name);
        Assert.Contains("THÔNG BÁO KẾT LUẬN", opened.ParagraphTexts);
        Assert.Contains("Kính gửi:", opened.ParagraphTexts);
        Assert.True(template.Contract.Fields.Single(field => field.Name == "addressees").Required);
    }

    [Fact]
    public void Decision_kind_gets_authority_legal_bases_and_operative_word()
    {
        var template = OfficialTemplateFactory.Create(new TemplateRequest("QĐ"));
        using var opened = new OpenedTemplate(template.Docx);

        Assert.Contains("{{decisionAuthority}}", opened.ParagraphTexts);
        Assert.Contains("QUYẾT ĐỊNH:", opened.ParagraphTexts);
        Assert.Contains(template.Contract.Fields, field => field.Name == "legalBases");
    }

    [Fact]
    public void Official_letter_cannot_take_a_type_name() =>
        Assert.Throws<ArgumentException>(() => OfficialTemplateFactory.Create(new TemplateRequest("CV") { TypeName = "CÔNG VĂN" }));

    [Theory]
    [InlineData("")]
    [InlineData("../notice")]
    [InlineData("a\\b")]
    public void Template_name_must_be_a_plain_file_name(string name) =>
        Assert.Throws<ArgumentException>(() => OfficialTemplateFactory.Create(new TemplateRequest("TB") { Name = name }));
}
