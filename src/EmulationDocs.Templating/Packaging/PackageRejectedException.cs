namespace EmulationDocs.Templating.Packaging;

/// <summary>Why <see cref="PackageInspector"/> refused a package; decides the HTTP status a host answers with.</summary>
public enum PackageRefusal
{
    /// <summary>Too many entries, bytes or XML elements, or a compression ratio only a zip bomb has (413).</summary>
    TooLarge,

    /// <summary>A zip entry that cannot be inflated (400).</summary>
    Corrupt,

    /// <summary>A part that is not well-formed XML, or has a DTD (400).</summary>
    MalformedXml,

    /// <summary>Entry names leaving the package, duplicate parts, external resources, nesting no editor writes (400).</summary>
    Unsafe,
}

/// <summary>An Office package refused before anything parsed it; <see cref="Exception.Message"/> is Vietnamese, for the user.</summary>
public sealed class PackageRejectedException(PackageRefusal refusal, string message, string? part = null) : Exception(message)
{
    public PackageRefusal Refusal { get; } = refusal;

    /// <summary>The entry at fault, when one is.</summary>
    public string? Part { get; } = part;
}
