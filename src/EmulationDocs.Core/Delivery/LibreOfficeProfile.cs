namespace EmulationDocs.Core.Delivery;

/// <summary>
/// The user profile a conversion runs with. Documents come from users' templates and data, so LibreOffice is told
/// never to load linked content: without this a linked picture (an external image relationship) is fetched from its
/// URL while the document loads.
/// </summary>
public static class LibreOfficeProfile
{
    // BlockUntrustedRefererLinks: no linked picture or other linked content is loaded for a document that is not in a
    // trusted location (none is configured). Writer's Update/Link 0: links are never updated on load.
    private const string Settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
        <item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>Creates the profile in <paramref name="directory"/> and answers the <c>-env:UserInstallation</c> argument for it.</summary>
    public static async Task<string> CreateAsync(string directory, CancellationToken cancellationToken)
    {
        var user = Directory.CreateDirectory(Path.Combine(directory, "user")).FullName;
        await File.WriteAllTextAsync(Path.Combine(user, "registrymodifications.xcu"), Settings, cancellationToken);
        return $"-env:UserInstallation={new Uri(Path.GetFullPath(directory)).AbsoluteUri}";
    }
}
