using EmulationDocs.Templating.Compilation;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Rendering;

/// <summary>
/// State of one render: picture ids, added media, missing values. Helpers reach it through
/// <see cref="Current"/>: Handlebars.Net gives helpers no per-call state of ours, and a render runs
/// synchronously on one thread, so a thread-static is exact and keeps compiled templates shareable.
/// </summary>
internal sealed class RenderSession : IDisposable
{
    [ThreadStatic]
    private static RenderSession? _current;

    private readonly List<MissingValue> _missing = [];
    private readonly HashSet<(string Path, int Site)> _missingSeen = [];
    private readonly IReadOnlyList<TagSite> _sites;
    private int _currentSite = -1;
    private readonly HashSet<string> _existingEntries;
    private int _drawingId;
    private readonly NumberingDefinitions _numbering;
    private readonly Stack<int> _listScopes = new();
    private readonly Dictionary<(int Scope, string NumId), int> _listInstances = [];
    private int _nextListScope;

    private RenderSession(RenderOptions options, IReadOnlyList<ParagraphFormat> formats, HashSet<string> existingEntries, NumberingDefinitions numbering, IReadOnlyList<TagSite> sites)
    {
        _sites = sites;
        _numbering = numbering;
        Options = options;
        Formats = formats;
        _existingEntries = existingEntries;
    }

    public static RenderSession? Current => _current;

    public RenderOptions Options { get; }

    public IReadOnlyList<ParagraphFormat> Formats { get; }

    public string CurrentPart { get; private set; } = "";

    public List<EmbeddedImage> Images { get; } = [];

    public IReadOnlyList<MissingValue> Missing => _missing;

    public static RenderSession Begin(RenderOptions options, IReadOnlyList<ParagraphFormat> formats, HashSet<string> existingEntries, NumberingDefinitions numbering,
        IReadOnlyList<TagSite> sites)
    {
        if (_current is not null) throw new InvalidOperationException("A render is already running on this thread.");
        return _current = new RenderSession(options, formats, existingEntries, numbering, sites);
    }

    /// <summary>The tag about to be evaluated: every lookup until the next one is its.</summary>
    public void EnterSite(int site) => _currentSite = site;

    public void BeginPart(string path)
    {
        CurrentPart = path;
        _currentSite = -1;
    }

    /// <summary>New list instances: (numId, abstractNumId), each restarting at its first item.</summary>
    public List<(int NumId, string AbstractNumId)> ListInstances { get; } = [];

    public void BeginListScope() => _listScopes.Push(++_nextListScope);

    public void EndListScope() => _listScopes.TryPop(out _);

    /// <summary>The list instance that <paramref name="numId"/> becomes in the current loop item.</summary>
    public int ListInstance(string numId)
    {
        var scope = _listScopes.TryPeek(out var current) ? current : 0;
        if (_listInstances.TryGetValue((scope, numId), out var instance)) return instance;
        instance = _numbering.MaxNumId + ListInstances.Count + 1;
        ListInstances.Add((instance, _numbering.AbstractOf(numId)!));
        _listInstances[(scope, numId)] = instance;
        return instance;
    }

    public void RecordMissing(string path)
    {
        if (Options.AllowMissingValues) return;
        var site = _currentSite >= 0 ? _sites[_currentSite] : null;
        if (site is { TestsPresence: true } || !_missingSeen.Add((path, _currentSite))) return;
        _missing.Add(new MissingValue(path, site?.Location ?? new TemplateLocation(CurrentPart), site?.Tag));
    }

    public int NextDrawingId() => ++_drawingId;

    public EmbeddedImage AddImage(byte[] content, string extension)
    {
        var directory = Path.GetDirectoryName(CurrentPart)?.Replace('\\', '/') ?? "";
        int n = Images.Count;
        string target, partPath;
        do
        {
            n++;
            target = $"media/edocs-image{n}.{extension}";
            partPath = directory.Length == 0 ? target : $"{directory}/{target}";
        }
        while (_existingEntries.Contains(partPath));
        var image = new EmbeddedImage(CurrentPart, $"rIdEdocsImage{n}", target, partPath, extension, content);
        Images.Add(image);
        return image;
    }

    public void Dispose() => _current = null;
}
