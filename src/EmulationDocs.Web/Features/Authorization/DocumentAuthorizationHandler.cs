using EmulationDocs.Core.Access;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Authorization;

/// <summary>Answers the access policies' requirements with Core's rules (<see cref="DocumentAccess"/>) for the signed-in user.</summary>
public sealed class DocumentAuthorizationHandler(DatabaseFactory database, UserScope user) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var granted = requirement switch
            {
                VisibleDocumentRequirement => InstanceOf(context.Resource) is { } id && await SeesDocumentAsync(id),
                VisibleTaskRequirement => TaskOf(context.Resource) is { } id && await SeesTaskAsync(id),
                AdministratorRequirement => await AdministersAsync(),
                _ => (bool?)null,
            };
            if (granted == true) context.Succeed(requirement);
        }
    }

    private static Guid? InstanceOf(object? resource) => resource switch
    {
        DocumentResource document => document.InstanceId,
        HttpContext http => RouteId(http),
        _ => null,
    };

    private static Guid? TaskOf(object? resource) => resource switch
    {
        TaskResource task => task.TaskId,
        HttpContext http => RouteId(http),
        _ => null,
    };

    private static Guid? RouteId(HttpContext http) => http.GetRouteValue("id") is { } value && Guid.TryParse(value.ToString(), out var id) ? id : null;

    private async Task<bool> SeesDocumentAsync(Guid instanceId)
    {
        await using var context = database.Create();
        return await DocumentAccess.VisibleInstanceAsync(context, await user.SubjectAsync(), instanceId) is not null;
    }

    private async Task<bool> SeesTaskAsync(Guid taskId)
    {
        await using var context = database.Create();
        var instanceId = await context.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).FirstOrDefaultAsync();
        return instanceId is { } id && await DocumentAccess.VisibleInstanceAsync(context, await user.SubjectAsync(), id) is not null;
    }

    private async Task<bool> AdministersAsync()
    {
        await using var context = database.Create();
        return (await DocumentAccess.AdministeredUnitsAsync(context, await user.SubjectAsync())).Count > 0;
    }
}
