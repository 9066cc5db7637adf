namespace EmulationDocs.Web.Features.Admin;

/// <summary>
/// A unit, user or delegation outside the administrator's subtree, or none at all: both answer 404, so an administrator
/// learns nothing about other subtrees.
/// </summary>
public sealed class AdminNotFoundException(string userMessage) : Exception(userMessage)
{
    public string UserMessage { get; } = userMessage;
}
