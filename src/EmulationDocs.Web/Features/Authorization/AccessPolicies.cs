using Microsoft.AspNetCore.Authorization;

namespace EmulationDocs.Web.Features.Authorization;

/// <summary>
/// The named policies endpoints and pages carry, each a requirement that <see cref="DocumentAuthorizationHandler"/> answers by
/// asking Core's <see cref="Core.Access.DocumentAccess"/>. On an endpoint the resource is the request (its route <c>id</c>);
/// in code it is a <see cref="DocumentResource"/> or <see cref="TaskResource"/>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The document (route <c>id</c>: an instance) is visible to the user; otherwise 404.</summary>
    public const string ReadDocument = nameof(ReadDocument);

    /// <summary>The task (route <c>id</c>) exists and its document is visible to the user; otherwise 404.</summary>
    public const string ReadTask = nameof(ReadTask);

    /// <summary>The user administers at least one unit; otherwise 403.</summary>
    public const string AdministerUnits = nameof(AdministerUnits);

    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ReadDocument, p => p.RequireAuthenticatedUser().AddRequirements(new VisibleDocumentRequirement()))
        .AddPolicy(ReadTask, p => p.RequireAuthenticatedUser().AddRequirements(new VisibleTaskRequirement()))
        .AddPolicy(AdministerUnits, p => p.RequireAuthenticatedUser().AddRequirements(new AdministratorRequirement()));
}

/// <summary>A requirement whose failure answers 404, so that a refusal never confirms that another unit's document exists.</summary>
public interface IHidesExistence : IAuthorizationRequirement;

public sealed class VisibleDocumentRequirement : IHidesExistence;

public sealed class VisibleTaskRequirement : IHidesExistence;

public sealed class AdministratorRequirement : IAuthorizationRequirement;

/// <summary>A document, by instance id, as the resource of an authorization check in code.</summary>
public sealed record DocumentResource(Guid InstanceId);

/// <summary>A task, by id, as the resource of an authorization check in code.</summary>
public sealed record TaskResource(Guid TaskId);
