using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Core.Tests.Access;

/// <summary>
/// The documents list counts and offers filters over two disjoint parts (documents at or from the user's units; documents
/// seen only through a task): each document the user may see counts once, whichever rules let them see it, and nothing else.
/// </summary>
public abstract class VisibleDocumentsListTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : VisibleDocumentsListTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : VisibleDocumentsListTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static readonly DateTime Now = new(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Each_visible_document_counts_once_and_the_filters_offer_what_tasks_show_too()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using (var context = database.Factory.Create())
        {
            context.Units.AddRange(Unit("huyen", null), Unit("xa-a", "huyen"), Unit("xa-b", "huyen"));
            context.Users.Add(new User { Id = "clerk.a", FullName = "Văn thư xã A" });
            context.RoleAssignments.Add(new RoleAssignment { UserId = "clerk.a", UnitId = "xa-a", Role = Roles.Clerk });
            // At the user's unit, with a task there too: seen by two rules, counted once.
            Add(context, "at-own-unit", "directive", "xa-a", "xa-a", Now, ("xa-a", null, null));
            // Started here, now at the district.
            Add(context, "from-own-unit", "plan", "huyen", "xa-a", Now.AddYears(-1));
            // Elsewhere, but with a task at the user's unit / personal to them / completed by them.
            Add(context, "task-at-unit", "report", "xa-b", "xa-b", Now.AddYears(-2), ("xa-a", null, null));
            Add(context, "personal-task", "directive", "huyen", "huyen", Now, (null, "clerk.a", null), (null, "clerk.a", null));
            Add(context, "completed-task", "directive", "xa-b", "xa-b", Now, ("xa-b", null, "clerk.a"));
            // Not the user's at all.
            Add(context, "elsewhere", "award", "xa-b", "xa-b", Now, ("xa-b", "someone", "someone"));
            await context.SaveChangesAsync();
        }
        var list = new InstanceList(database.Factory, TimeProvider.System);

        var page = await list.PageAsync("clerk.a", new InstanceCriteria(), PageRequest.Of(1, 2, 2));
        var all = await list.PageAsync("clerk.a", new InstanceCriteria(), PageRequest.Of(1, 50, 50));
        var reports = await list.PageAsync("clerk.a", new InstanceCriteria(Kind: "report"), PageRequest.Of(1, 50, 50));
        var facets = await list.FacetsAsync("clerk.a");

        Assert.Equal((5, 2, 3), (page.Total, page.Items.Count, page.PageCount));
        Assert.Equal(["at-own-unit", "completed-task", "from-own-unit", "personal-task", "task-at-unit"], all.Items.Select(i => i.Title).Order());
        Assert.Equal((1, "task-at-unit"), (reports.Total, reports.Items.Single().Title));
        Assert.Equal(["directive", "plan", "report"], facets.DefinitionIds.Order());
        Assert.Equal(["huyen", "xa-a", "xa-b"], facets.UnitIds.Order());
        Assert.Equal([2026, 2025, 2024], facets.Years);
    }

    [Fact]
    public async Task A_search_term_with_LIKE_wildcards_matches_them_literally()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using (var context = database.Factory.Create())
        {
            context.Units.Add(Unit("xa-a", null));
            context.Users.Add(new User { Id = "clerk.a", FullName = "Văn thư xã A" });
            context.RoleAssignments.Add(new RoleAssignment { UserId = "clerk.a", UnitId = "xa-a", Role = Roles.Clerk });
            Add(context, "Tăng 50% chỉ tiêu", "plan", "xa-a", "xa-a", Now);
            Add(context, "Tăng 500 chỉ tiêu", "plan", "xa-a", "xa-a", Now);
            Add(context, "Mã KH_01", "plan", "xa-a", "xa-a", Now);
            Add(context, "Mã KHA01", "plan", "xa-a", "xa-a", Now);
            await context.SaveChangesAsync();
        }
        var list = new InstanceList(database.Factory, TimeProvider.System);

        async Task<IEnumerable<string>> Found(string term) =>
            (await list.PageAsync("clerk.a", new InstanceCriteria(Term: term), PageRequest.Of(1, 50, 50))).Items.Select(i => i.Title);

        Assert.Equal(["Tăng 50% chỉ tiêu"], await Found("50%"));
        Assert.Equal(["Mã KH_01"], await Found("kh_0"));
        Assert.Equal(2, (await Found("tang 50")).Count());
    }

    private static OrgUnit Unit(string id, string? parent) =>
        new() { Id = id, Name = id, Level = parent is null ? "district" : "commune", ParentId = parent, Abbreviation = "UBND", HeaderName = "UBND", Place = "Trực Ninh" };

    private static void Add(EmulationDocsDbContext context, string title, string definition, string unit, string origin, DateTime created,
        params (string? Unit, string? User, string? CompletedBy)[] tasks)
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = definition, DefinitionVersion = 1, UnitId = unit, OriginUnitId = origin, InitiatorId = "someone",
            StepId = "review", Title = title, DataJson = "{}", CreatedAt = created, UpdatedAt = created,
        };
        context.Instances.Add(instance);
        foreach (var (taskUnit, user, completedBy) in tasks)
            context.Tasks.Add(new WorkflowTask
            {
                Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = "review", StepKind = StepKinds.Review, Role = taskUnit is null ? null : Roles.Clerk,
                UnitId = taskUnit, UserId = user, CompletedBy = completedBy, State = completedBy is null ? TaskState.Open : TaskState.Completed,
                CreatedAt = created,
            });
    }
}
