namespace EmulationDocs.Web.Features.Admin;

/// <summary>An administration action the user may see but not perform (answers 403 with <see cref="UserMessage"/>).</summary>
public sealed class AdminForbiddenException(string userMessage) : Exception(userMessage)
{
    public string UserMessage { get; } = userMessage;
}
