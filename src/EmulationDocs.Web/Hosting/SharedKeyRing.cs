using EmulationDocs.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// The Data Protection key ring lives in the database with one application name, so that every node behind a load
/// balancer reads the cookies, antiforgery tokens and bearer tokens that another node issued.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "EmulationDocs";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        // The key store resolves the context from a scope of its own; each gets a fresh context of the configured provider.
        services.AddScoped(sp => sp.GetRequiredService<DatabaseFactory>().Create());
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<EmulationDocsDbContext>();
        return services;
    }
}
