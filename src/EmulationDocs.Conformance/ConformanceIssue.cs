namespace EmulationDocs.Conformance;

/// <summary>One deviation from Decree 30/2020/NĐ-CP Appendix I.</summary>
/// <param name="RuleId">Stable English identifier of the rule, e.g. <c>header.number.pattern</c>.</param>
/// <param name="Message">What is wrong, in Vietnamese, for the user.</param>
/// <param name="Location">Where it is, in Vietnamese, e.g. "Bảng đầu trang, cột phải, đoạn 1 (Quốc hiệu)".</param>
/// <param name="Paragraph">1-based number of the paragraph in the document body (all paragraphs, tables
/// included, in reading order); null for page-level issues and for page headers.</param>
public sealed record ConformanceIssue(string RuleId, string Message, string Location, int? Paragraph);
