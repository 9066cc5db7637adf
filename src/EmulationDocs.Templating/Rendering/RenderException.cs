namespace EmulationDocs.Templating.Rendering;

/// <summary>The data did not fit the template: missing values (with their full paths) or a value a helper cannot use.</summary>
public sealed class RenderException : Exception
{
    /// <summary>A loop over thousands of incomplete items must not make a message nobody can read; <see cref="Missing"/> has them all.</summary>
    private const int MaxListedInMessage = 20;

    public RenderException(string message, string userMessage) : base(message) => UserMessage = userMessage;

    public RenderException(IReadOnlyList<MissingValue> missing)
        : base("Missing data: " + string.Join(", ", missing.Select(m => m.Path).Distinct()))
    {
        Missing = missing;
        MissingPaths = missing.Select(m => m.Path).Distinct().ToList();
        UserMessage = "Thiếu dữ liệu: " + string.Join("; ", missing.Take(MaxListedInMessage).Select(m => m.Describe())) +
            (missing.Count > MaxListedInMessage ? $"; … và {missing.Count - MaxListedInMessage} giá trị khác" : "");
    }

    /// <summary>Vietnamese explanation for the user.</summary>
    public string UserMessage { get; }

    /// <summary>Full paths (<c>agency.code</c>, <c>items[2].name</c>) of the values the template needed and the data lacked.</summary>
    public IReadOnlyList<string> MissingPaths { get; } = [];

    /// <summary>Every missing value with the place of the tag that read it, in rendering order; once per path and tag.</summary>
    public IReadOnlyList<MissingValue> Missing { get; } = [];
}
