namespace EmulationDocs.Documents.Layout;

/// <summary>Appendix I, I.4: Vietnamese Times New Roman, Unicode, black.</summary>
public static class FontNames
{
    public const string TimesNewRoman = "Times New Roman";
}
