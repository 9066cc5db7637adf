using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// How definition and award-rules files are read and how definitions are stored: camelCase, strict
/// (an unknown or misspelt property is an error rather than silently ignored), nulls left out.
/// </summary>
internal static class DefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        // Stored JSON stays readable Vietnamese; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>; a malformed file becomes one problem naming the JSON path.</summary>
    public static T Read<T>(string json, string source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw Malformed(source, "$", "the file holds null instead of an object.");
        }
        catch (JsonException e)
        {
            throw Malformed(source, e.Path ?? "$", e.Message);
        }
    }

    private static DefinitionException Malformed(string source, string path, string description) =>
        new([new DefinitionProblem(source, null, path, description)]);
}
