namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Where to point the user when a header element cannot be found at all.</summary>
internal static class HeaderLocation
{
    public static string Of(ConformanceContext context, string column) =>
        context.Layout.Header.Table is null ? "Đầu văn bản" : $"Bảng đầu trang, cột {column}";

    public static ConformanceIssue Missing(ConformanceContext context, string ruleId, string column, string message) =>
        new(ruleId, message, Of(context, column), null);
}
