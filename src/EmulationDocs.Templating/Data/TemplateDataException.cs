namespace EmulationDocs.Templating.Data;

/// <summary>The data given to a template is unusable (malformed JSON, wrong shape).</summary>
public sealed class TemplateDataException(string message, string userMessage, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Vietnamese explanation for the user.</summary>
    public string UserMessage { get; } = userMessage;
}
