namespace EmulationDocs.Templating.Rendering;

/// <summary>The data did not fit the template: missing values (with their full paths) or a value a helper cannot use.</summary>
public sealed class RenderException : Exception
{
    public RenderException(string message, string userMessage) : base(message) => UserMessage = userMessage;

    public RenderException(IReadOnlyList<string> missingPaths)
        : base("Missing data: " + string.Join(", ", missingPaths))
    {
        MissingPaths = missingPaths;
        UserMessage = "Thiếu dữ liệu: " + string.Join(", ", missingPaths);
    }

    /// <summary>Vietnamese explanation for the user.</summary>
    public string UserMessage { get; }

    /// <summary>Full paths (<c>agency.code</c>, <c>items[2].name</c>) of the values the template needed and the data lacked.</summary>
    public IReadOnlyList<string> MissingPaths { get; } = [];
}
