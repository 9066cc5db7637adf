namespace EmulationDocs.Testing;

/// <summary>The demo organisation's administrators (samples/organisation/nam-dinh-2022.json, role <c>admin</c>).</summary>
public static class DemoAdministrators
{
    /// <summary>Administers the province and everything below it, templates and workflow definitions included.</summary>
    public const string Province = "quantri.namdinh";

    /// <summary>Administers Trực Ninh district and the communes and units below it.</summary>
    public const string District = "quantri.trucninh";
}
