using HandlebarsDotNet;

namespace EmulationDocs.Templating.Compilation;

/// <summary>A package part turned into a Handlebars template that writes the part's XML.</summary>
internal sealed record CompiledPart(string Path, HandlebarsTemplate<TextWriter, object, object> Write);
