using System.Text;
using EmulationDocs.Templating.Compilation;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Templating.Problems;
using EmulationDocs.Templating.Rendering;
using HandlebarsDotNet;

namespace EmulationDocs.Templating;

/// <summary>
/// A Word template compiled once into a render plan: normalising, tag parsing and block
/// structure are done here; <see cref="Render(TemplateData, RenderOptions?)"/> only runs the plan.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class DocxTemplate
{
    private static readonly string[] TaggedPartRelationships = ["header", "footer", "footnotes", "endnotes"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DocxPackage _package;
    private readonly Dictionary<string, CompiledPart> _parts;
    private readonly List<ParagraphFormat> _formats;
    private readonly HashSet<string> _entryNames;
    private readonly NumberingDefinitions _numbering;
    private readonly List<TagSite> _sites;

    private DocxTemplate(DocxPackage package, Dictionary<string, CompiledPart> parts, List<ParagraphFormat> formats, NumberingDefinitions numbering, List<TagSite> sites)
    {
        _sites = sites;
        _numbering = numbering;
        _package = package;
        _parts = parts;
        _formats = formats;
        _entryNames = package.Entries.Select(e => e.Key).ToHashSet();
    }

    /// <summary>Compiles a template; a broken one throws <see cref="TemplateException"/> listing every problem.</summary>
    public static DocxTemplate Compile(Stream docx, TemplateOptions? options = null)
    {
        var (template, problems) = Build(docx, options ?? TemplateOptions.Default);
        return template ?? throw new TemplateException(problems);
    }

    public static DocxTemplate Compile(byte[] docx, TemplateOptions? options = null) =>
        Compile(new MemoryStream(docx, writable: false), options);

    /// <summary>
    /// Every problem of the template, without data: errors (the template is unusable) and warnings
    /// (<see cref="TemplateProblem.IsWarning"/>: it works, maybe not as meant); empty when it is clean.
    /// </summary>
    public static IReadOnlyList<TemplateProblem> Lint(Stream docx, TemplateOptions? options = null)
    {
        try
        {
            return Build(docx, options ?? TemplateOptions.Default).Problems;
        }
        catch (TemplateException ex)
        {
            return ex.Problems;
        }
    }

    /// <summary>Renders the template with the data into a new .docx.</summary>
    /// <exception cref="RenderException">Values are missing (unless allowed) or unusable by a helper.</exception>
    public byte[] Render(TemplateData data, RenderOptions? options = null)
    {
        var output = new MemoryStream();
        Render(data, output, options);
        return output.ToArray();
    }

    /// <summary>Renders into <paramref name="output"/>; nothing is written when the render fails.</summary>
    public void Render(TemplateData data, Stream output, RenderOptions? options = null)
    {
        var buffer = new MemoryStream();
        using (var session = RenderSession.Begin(options ?? RenderOptions.Strict, _formats, _entryNames, _numbering, _sites))
        using (var zip = new DeterministicZipWriter(buffer))
        {
            var deferred = new List<KeyValuePair<string, byte[]>>();
            foreach (var entry in _package.Entries)
            {
                if (_parts.TryGetValue(entry.Key, out var part)) RenderPart(part, data, session, zip);
                else if (IsPlumbing(entry.Key) || entry.Key == _numbering.PartPath) deferred.Add(entry);
                else zip.Write(entry.Key, entry.Value);
            }
            if (session.Missing.Count > 0) throw new RenderException(session.Missing);
            WritePlumbing(deferred, session, zip, _numbering.PartPath);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void RenderPart(CompiledPart part, TemplateData data, RenderSession session, DeterministicZipWriter zip)
    {
        session.BeginPart(part.Path);
        using var entry = zip.Open(part.Path);
        using var writer = new StreamWriter(entry, Utf8, bufferSize: 1 << 16);
        try
        {
            part.Write(writer, data.Root, null!);
        }
        catch (HandlebarsRuntimeException ex) when (ex.InnerException is RenderException inner)
        {
            throw inner;
        }
    }

    private static bool IsPlumbing(string path) => path == DocxPackage.ContentTypesEntry || path.EndsWith(".rels", StringComparison.Ordinal);

    /// <summary>Content types, relationships and numbering go last: pictures and restarted lists added while rendering change them.</summary>
    private static void WritePlumbing(List<KeyValuePair<string, byte[]>> entries, RenderSession session, DeterministicZipWriter zip, string? numberingPath)
    {
        var imagesByRels = session.Images.GroupBy(i => DocxPackage.RelationshipsPath(i.OwnerPart)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (path, content) in entries)
        {
            if (path == DocxPackage.ContentTypesEntry && session.Images.Count > 0)
                zip.Write(path, RenderAdditions.AddContentTypes(content, session.Images.Select(i => i.Extension).Distinct().Order()));
            else if (path == numberingPath && session.ListInstances.Count > 0)
                zip.Write(path, RenderAdditions.AddListInstances(content, session.ListInstances));
            else if (imagesByRels.Remove(path, out var images))
                zip.Write(path, RenderAdditions.AddRelationships(content, images));
            else
                zip.Write(path, content);
        }
        foreach (var (path, images) in imagesByRels.OrderBy(p => p.Key, StringComparer.Ordinal))
            zip.Write(path, RenderAdditions.AddRelationships(null, images));
        foreach (var image in session.Images)
            zip.Write(image.PartPath, image.Content);
    }

    private static (DocxTemplate? Template, List<TemplateProblem> Problems) Build(Stream docx, TemplateOptions options)
    {
        var package = DocxPackage.Read(docx, options.Limits);
        package.MarkAsDocument();
        var problems = new List<TemplateProblem>();
        var formats = new List<ParagraphFormat>();
        var numbering = NumberingDefinitions.Read(package);
        var sites = new List<TagSite>();
        var compiler = new PartCompiler(formats, numbering, sites);
        var sources = new List<(string Path, string Source)>();
        var partPaths = new[] { package.MainDocumentPath }
            .Concat(package.RelatedParts(package.MainDocumentPath, TaggedPartRelationships)).Distinct();
        foreach (var path in partPaths)
        {
            var xml = DocxPackage.LoadXml(package.Find(path)!, path);
            if (compiler.Compile(xml, path, problems) is { } source) sources.Add((path, source));
        }
        if (HasErrors(problems)) return (null, problems);

        var handlebars = HelperRegistry.CreateEnvironment();
        var parts = new Dictionary<string, CompiledPart>();
        foreach (var (path, source) in sources)
        {
            try
            {
                parts[path] = new CompiledPart(path, handlebars.Compile(new StringReader(source)));
            }
            catch (HandlebarsException ex)
            {
                problems.Add(new(ProblemCode.UnparsableExpression, $"Không biên dịch được mẫu: {ex.Message}", new TemplateLocation(path)));
            }
        }
        return HasErrors(problems) ? (null, problems) : (new DocxTemplate(package, parts, formats, numbering, sites), problems);
    }

    private static bool HasErrors(IEnumerable<TemplateProblem> problems) => problems.Any(p => !p.IsWarning);
}
