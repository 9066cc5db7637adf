namespace EmulationDocs.Web.Hosting;

/// <summary>How an operator creates the first administrator of an empty database (the CLI's <c>create-admin</c>).</summary>
public static class FirstAdministrator
{
    public const string Command =
        "EMULATIONDOCS_ADMIN_PASSWORD=<password> emulationdocs create-admin --user <id> --name <name> --unit <unit id> --unit-name <unit name> --level <level>"
        + " --provider <Sqlite|PostgreSql> --connection <connection string>";
}
