using System.Text.Json;

namespace EmulationDocs.Web.Tests;

/// <summary>The OpenAPI document describes what the key endpoints answer, so the API reference and generated clients know the shapes.</summary>
public sealed class OpenApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/api/inbox", "get", "200")]
    [InlineData("/api/instances", "get", "200")]
    [InlineData("/api/instances/{id}", "get", "200")]
    [InlineData("/api/instances", "post", "201")]
    [InlineData("/api/tasks/{id}/actions", "post", "200")]
    [InlineData("/api/tasks/{id}/actions", "post", "409")]
    [InlineData("/api/instances/{id}/deliveries", "get", "200")]
    public async Task The_document_has_a_response_schema_for_key_endpoints(string path, string method, string status)
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var response = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);
        var content = response.GetProperty("content").EnumerateObject().First();
        Assert.Contains("json", content.Name);
        var schema = content.Value.GetProperty("schema");
        Assert.True(schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _), $"{method} {path} {status}: {schema}");
    }
}
