namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Names a section for the user; a one-section document is just "Trang".</summary>
internal static class SectionLocation
{
    public static string Describe(int sectionIndex, int sectionCount, string aspect) =>
        sectionCount == 1 ? $"Trang ({aspect})" : $"Trang ({aspect}), phần {sectionIndex + 1} của văn bản";
}
