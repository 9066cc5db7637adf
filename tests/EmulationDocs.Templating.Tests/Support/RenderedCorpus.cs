using System.Collections.Concurrent;

namespace EmulationDocs.Templating.Tests.Support;

/// <summary>
/// Every document the tests render, kept so that the LibreOffice test (ordered last) can prove
/// that a real office suite opens each of them.
/// </summary>
public static class RenderedCorpus
{
    private static readonly ConcurrentDictionary<string, byte[]> Documents = new();

    public static void Keep(string name, byte[] docx)
    {
        var key = name;
        for (var i = 2; !Documents.TryAdd(key, docx); i++) key = $"{name}-{i}";
    }

    public static IReadOnlyDictionary<string, byte[]> All => Documents;
}
