using EmulationDocs.Core.Organisation.Accounts;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Web.Features.Account;

public static class AccountsSetup
{
    /// <summary>Core's sessions with the <c>Accounts:Lockout</c> settings, the sign-in service and the sign-in rate limiter.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var lockout = new LockoutSettings
        {
            MaxFailedAttempts = configuration.GetValue("Accounts:Lockout:MaxFailedAttempts", 5),
            Duration = configuration.GetValue("Accounts:Lockout:Duration", TimeSpan.FromMinutes(15)),
        };
        services.AddSingleton(sp => new AccountSessions(sp.GetRequiredService<DatabaseFactory>(), lockout, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<AccountSessions>>()));
        services.AddScoped<AccountService>();
        services.AddSignInThrottling(configuration);
        return services;
    }
}
