using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Admin;
using EmulationDocs.Web.Features.Previews;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Inbox;
using EmulationDocs.Web.Features.Tasks;

namespace EmulationDocs.Web.Hosting;

/// <summary>The composition root's registrations: Core services, then one group per feature.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddEmulationDocsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ProductPaths>();
        services.AddSingleton(sp => new DatabaseFactory(sp.GetRequiredService<ProductPaths>().Database));
        services.AddSingleton<ProductBootstrap>();
        services.AddSharedKeyRing();
        // The catalog and award rules need the organisation's levels, known once ProductBootstrap ran (before the first request).
        services.AddSingleton(sp => sp.GetRequiredService<ProductBootstrap>().Catalog);
        services.AddSingleton<IDefinitionSource>(sp => sp.GetRequiredService<DefinitionCatalog>());
        services.AddSingleton(sp => TemplateFoldersOf(sp.GetRequiredService<ProductPaths>()));
        services.AddSingleton(sp => new DocumentRenderer(sp.GetRequiredService<TemplateFolders>()));
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<DatabaseFactory>(), sp.GetRequiredService<IDefinitionSource>(), sp.GetRequiredService<ProductBootstrap>().AwardRules,
            sp.GetRequiredService<DocumentRenderer>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<WorkflowEngine>>()));
        services.AddSingleton<Inbox>();
        services.AddSingleton<InstanceList>();
        services.AddSingleton<Core.Awards.AwardRegister>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<PreparedDocuments>();

        services.AddSingleton(sp => new DeadlineProcessor(sp.GetRequiredService<DatabaseFactory>(), sp.GetRequiredService<IDefinitionSource>(),
            sp.GetRequiredService<TimeProvider>(), logger: sp.GetRequiredService<ILogger<DeadlineProcessor>>()));
        services.AddSingleton(new DeadlineSchedulerOptions
        {
            Interval = TimeSpan.FromSeconds(configuration.GetValue("Deadlines:IntervalSeconds", 30)),
        });
        services.AddSingleton(sp => new DeadlineScheduler(sp.GetRequiredService<DeadlineProcessor>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DeadlineSchedulerOptions>(), sp.GetRequiredService<ILogger<DeadlineScheduler>>()));
        if (configuration.GetValue("Deadlines:Enabled", true)) services.AddHostedService<DeadlineHostedService>();

        services.AddSingleton(sp => DeliveryOptionsFrom(configuration, sp.GetRequiredService<ProductPaths>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DeliveryOptions>();
            return new DeliveryDispatcher(sp.GetRequiredService<DatabaseFactory>(),
                MailTransports.FromOptions(options, sp.GetRequiredService<ILogger<SmtpMailTransport>>()), new LibreOfficePdfConverter(sp.GetRequiredService<LibreOfficeLocator>().Executable, options.PdfTimeout,
                    sp.GetRequiredService<ILogger<LibreOfficePdfConverter>>()),
                options, sp.GetRequiredService<TimeProvider>(), logger: sp.GetRequiredService<ILogger<DeliveryDispatcher>>());
        });
        services.AddSingleton(sp => new OutboxMonitor(sp.GetRequiredService<DatabaseFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OutboxTelemetry(sp.GetRequiredService<OutboxMonitor>(), sp.GetRequiredService<ILogger<OutboxTelemetry>>()));
        services.AddSingleton(sp => new DeliveryStatus(sp.GetRequiredService<DatabaseFactory>(), sp.GetRequiredService<TimeProvider>()));
        if (configuration.GetValue("Delivery:Enabled", true)) services.AddHostedService<DeliveryHostedService>();
        return services;
    }

    private static TemplateFolders TemplateFoldersOf(ProductPaths paths) => new(paths.Templates, paths.UploadedTemplates);

    /// <summary>The <c>Delivery</c> section; with no <c>SmtpHost</c> mail goes to <c>data/mail-pickup</c> beside the database.</summary>
    private static DeliveryOptions DeliveryOptionsFrom(IConfiguration configuration, ProductPaths paths)
    {
        var options = configuration.GetSection("Delivery").Get<DeliveryOptions>() ?? new DeliveryOptions();
        return configuration["Delivery:PickupDirectory"] is { Length: > 0 } ? options : options with { PickupDirectory = Path.Combine(paths.DataDirectory, "mail-pickup") };
    }

    public static IServiceCollection AddEmulationDocsFeatures(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<NameLookup>();
        services.AddScoped<HistoryComments>();
        services.AddScoped<CoreInboxAccess>();
        services.AddScoped<UserScope>();
        services.AddScoped<InboxQuery>();
        services.AddScoped<NotificationQuery>();
        services.AddScoped<TaskDetailsQuery>();
        services.AddScoped<TaskActionService>();
        services.AddScoped<TaskDocuments>();
        services.AddScoped<InstanceQueries>();
        services.AddScoped<StartDocumentService>();
        services.AddSingleton<ContractCatalog>();
        services.AddSingleton<DocumentForms>();
        services.AddScoped<Features.Delivery.DeliveryService>();
        services.AddPdfPreviews();
        services.AddScoped<AdminAccess>();
        services.AddScoped<TemplateLibrary>();
        services.AddSingleton(sp => new OrganisationAdministration(sp.GetRequiredService<DatabaseFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OrganisationAdministration>>()));
        services.AddScoped<UnitAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<DelegationAdministration>();
        services.AddScoped<WorkflowAdministration>();
        return services;
    }
}
