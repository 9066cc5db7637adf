namespace EmulationDocs.Documents.Layout;

/// <summary>Tag texts that several blocks share; they follow the shared data model of templates/README.md.</summary>
internal static class TemplateTags
{
    /// <summary>Blank space the registry fills in by hand when the document has no number or date yet.</summary>
    public const string RegistryBlank = "     ";

    /// <summary>Runs of "number/symbol", leaving room for the number until the registry issues it.</summary>
    public static string[] NumberAndSymbol(string symbolTag = "{{symbol}}") =>
        ["{{#if number}}", "{{number}}", "{{else}}", RegistryBlank, "{{/if}}", "/", symbolTag];

    /// <summary>Runs of "ngày … tháng … năm …": the issue date, or blanks with the year.</summary>
    public static string[] IssueDate() =>
        ["{{#if date}}", "{{vnDate date}}", "{{else}}", $"ngày {RegistryBlank} tháng {RegistryBlank} năm ", "{{year}}", "{{/if}}"];

    /// <summary>Runs ending a list line: ";" after every item, "." after the last (Appendix I, II.6.a and II.9).</summary>
    public static string[] ListLineEnd() => ["{{#if @last}}", ".", "{{else}}", ";", "{{/if}}"];
}
