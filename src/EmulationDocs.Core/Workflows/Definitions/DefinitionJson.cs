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

    /// <summary>
    /// Reads <paramref name="json"/> as <typeparamref name="T"/>; a malformed file becomes one problem naming the JSON path and
    /// the place, in Vietnamese: the serializer's own message names .NET types and is not for the administrator who pasted it.
    /// </summary>
    public static T Read<T>(string json, string source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw Malformed(source, "$", "Nội dung là null, không phải một đối tượng JSON.");
        }
        catch (JsonException e)
        {
            var place = e.LineNumber is { } line ? $" (dòng {line + 1}, vị trí {(e.BytePositionInLine ?? 0) + 1})" : "";
            throw Malformed(source, e.Path ?? "$", $"Không đọc được nội dung JSON{place}: sai cú pháp, giá trị sai kiểu hoặc thuộc tính không có trong định dạng quy trình.");
        }
    }

    private static DefinitionException Malformed(string source, string path, string description) =>
        new([new DefinitionProblem(source, null, path, description)]);
}
