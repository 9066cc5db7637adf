namespace EmulationDocs.Core.Organisation;

/// <summary>
/// An organisation file or a lookup in the organisation cannot be used. <see cref="Problems"/>
/// lists every problem found (English, for logs and the CLI); <see cref="UserMessage"/> is the
/// Vietnamese text for the user.
/// </summary>
public sealed class OrganisationException(IReadOnlyList<string> problems, string userMessage, Exception? inner = null)
    : Exception(string.Join(Environment.NewLine, problems), inner)
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public string UserMessage { get; } = userMessage;
}
