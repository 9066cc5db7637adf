using System.Globalization;
using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Paging;
using EmulationDocs.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EmulationDocs.Web.Api;

/// <summary>The awards register (sổ khen thưởng) over HTTP.</summary>
public static class AwardEndpoints
{
    public const int DefaultPageSize = 50;

    public static RouteGroupBuilder MapAwardEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/awards", async Task<Ok<IReadOnlyList<AwardListItem>>> (string? q, int? year, string? title, string? unit, AwardeeKind? kind,
                int? page, int? pageSize, AwardRegister register, UserScope user, HttpResponse response, CancellationToken ct) =>
            {
                var found = await register.PageAsync(user.UserId, new AwardCriteria(q, year, title, unit, kind), PageRequest.Of(page, pageSize, DefaultPageSize), ct);
                response.Headers[WorkflowEndpoints.TotalCountHeader] = found.Total.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Ok(found.Items);
            })
            .WithSummary("The awards register lines of the user's units and every unit below them, newest decision first, filtered by a search in " +
                "names and units (diacritics ignored), year, title, unit (with its subtree) and kind (Individual/Collective); paged (page from 1, " +
                "pageSize 1–200, default 50), the total in the X-Total-Count header.");
        return api;
    }
}
