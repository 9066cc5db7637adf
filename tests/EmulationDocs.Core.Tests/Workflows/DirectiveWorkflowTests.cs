using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>Runs on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class DirectiveWorkflowTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : DirectiveWorkflowTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : DirectiveWorkflowTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static TaskCommand Act(string key, string user, CreatedTask task, string action, string? comment = null, JsonObject? data = null) =>
        new(key, user, task.TaskId, action, Comment: comment, Data: data);

    [Fact]
    public async Task A_directive_goes_from_draft_through_review_signing_and_issuing_with_every_version_kept()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var started = await fixture.StartDirectiveAsync();
        var draft = Assert.Single(started.CreatedTasks);
        Assert.Equal(("draft", "clerk", "huyen"), (draft.StepId, draft.Role, draft.UnitId));

        var reviewed = await fixture.Engine.ActAsync(Act("k1", "clerk", draft, TaskActions.Submit));
        var returned = await fixture.Engine.ActAsync(Act("k2", "head", Assert.Single(reviewed.CreatedTasks), TaskActions.Return, "Bổ sung phong trào thi đua."));
        Assert.Equal("draft", returned.StepId);
        var revised = await fixture.Engine.ActAsync(Act("k3", "clerk", Assert.Single(returned.CreatedTasks), TaskActions.Submit,
            data: new JsonObject { ["directive"] = new JsonObject { ["body"] = "Năm 2022, UBND huyện yêu cầu:\n\n1. Quán triệt.\n\n2. Phát động phong trào./." } }));
        var signing = await fixture.Engine.ActAsync(Act("k4", "head", Assert.Single(revised.CreatedTasks), TaskActions.Approve));
        var issuing = await fixture.Engine.ActAsync(Act("k5", "chairman", Assert.Single(signing.CreatedTasks), TaskActions.Sign));
        var issued = await fixture.Engine.ActAsync(Act("k6", "registry", Assert.Single(issuing.CreatedTasks), TaskActions.Issue));

        Assert.Equal(InstanceStatus.Completed, issued.Status);
        Assert.Equal("01/CT-UBND", issued.DocumentReference);
        await using var context = fixture.Database.Create();
        var versions = await context.DocumentVersions.Where(d => d.InstanceId == started.InstanceId).OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Version));
        Assert.Equal([false, false, false, true], versions.Select(v => v.Frozen));
        Assert.Equal(4, versions.Select(v => v.Hash).Distinct().Count());
        Assert.Equal("01/CT-UBND", versions[^1].Reference);
        var history = await context.History.Where(h => h.InstanceId == started.InstanceId).OrderBy(h => h.Id).Select(h => new { h.UserId, h.Action, h.Comment, h.DocumentHash }).ToListAsync();
        Assert.Equal(["start", "submit", "return", "submit", "approve", "signed-as", "sign", "issue", "distribute"], history.Select(h => h.Action));
        Assert.Equal("Bổ sung phong trào thi đua.", history.Single(h => h.Action == "return").Comment);
        Assert.Equal(versions[^1].Hash, history.Single(h => h.Action == "issue").DocumentHash);
        var text = DocxText(versions[^1].Content);
        Assert.Contains("Số: 01/CT-UBND", text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text);
        Assert.Contains("Lưu Văn Dương", text);
        Assert.Contains("2. Phát động phong trào./.", text);
    }

    [Fact]
    public async Task Saving_a_draft_keeps_the_task_open_with_a_new_version_and_revision()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var started = await fixture.StartDirectiveAsync();
        var draft = Assert.Single(started.CreatedTasks);

        var saved = await fixture.Engine.ActAsync(Act("s1", "clerk", draft, TaskActions.Save,
            data: new JsonObject { ["directive"] = new JsonObject { ["summary"] = "Về việc thi đua (bản sửa)" } }));
        Assert.Equal("draft", saved.StepId);
        Assert.Empty(saved.CreatedTasks);
        await fixture.Engine.ActAsync(new TaskCommand("s2", "clerk", draft.TaskId, TaskActions.Save, ExpectedRevision: 1));
        // A page showing the task before the second save is stale.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            fixture.Engine.ActAsync(new TaskCommand("s3", "clerk", draft.TaskId, TaskActions.Submit, ExpectedRevision: 1)));
        var submitted = await fixture.Engine.ActAsync(new TaskCommand("s4", "clerk", draft.TaskId, TaskActions.Submit, ExpectedRevision: 2));
        Assert.Equal("review", submitted.StepId);

        await using var context = fixture.Database.Create();
        Assert.Equal([1, 2, 3], await context.DocumentVersions.Where(d => d.InstanceId == started.InstanceId).OrderBy(d => d.Version).Select(d => d.Version).ToListAsync());
        Assert.Equal(["start", "save", "save", "submit"],
            await context.History.Where(h => h.InstanceId == started.InstanceId).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());
        var data = JsonNode.Parse((await context.Instances.SingleAsync(i => i.Id == started.InstanceId)).DataJson)!;
        Assert.Equal("Về việc thi đua (bản sửa)", data["directive"]!["summary"]!.GetValue<string>());
        await Assert.ThrowsAsync<ActionNotAllowedException>(async () =>
            await fixture.Engine.ActAsync(Act("s5", "head", Assert.Single(submitted.CreatedTasks), TaskActions.Save)));
    }

    [Fact]
    public void The_fields_the_engine_writes_follow_the_steps_of_the_chain()
    {
        var written = EngineWrittenFields.For(Definitions.Directive, "directive");
        Assert.Equal(["signature", "number", "symbol", "date"], written.Select(f => f.Path));
        Assert.All(written, f => Assert.True(f.IsNeverTyped));
        Assert.Empty(EngineWrittenFields.For(Definitions.Directive, "unknown"));
    }

    [Fact]
    public async Task Only_holders_of_the_tasks_role_at_its_unit_may_act_and_a_second_action_conflicts()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var draft = Assert.Single((await fixture.StartDirectiveAsync()).CreatedTasks);

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => fixture.Engine.ActAsync(Act("x1", "other-clerk", draft, TaskActions.Submit)));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => fixture.Engine.ActAsync(Act("x2", "clerk", draft, TaskActions.Approve)));
        await fixture.Engine.ActAsync(Act("x3", "clerk", draft, TaskActions.Submit));
        var late = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => fixture.Engine.ActAsync(Act("x4", "clerk2", draft, TaskActions.Submit)));
        Assert.Contains("đã được xử lý", late.UserMessage);
    }

    [Fact]
    public async Task A_retried_command_returns_the_first_result_and_runs_once()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var first = await fixture.StartDirectiveAsync("same-key");
        var retry = await fixture.StartDirectiveAsync("same-key");
        Assert.Equal(first.InstanceId, retry.InstanceId);
        Assert.Equal(first.CreatedTasks.Single().TaskId, retry.CreatedTasks.Single().TaskId);
        await using var context = fixture.Database.Create();
        Assert.Equal(1, await context.Instances.CountAsync());
    }

    [Fact]
    public async Task Two_approvers_acting_on_one_task_at_once_give_one_transition_and_one_explicit_conflict()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var draft = Assert.Single((await fixture.StartDirectiveAsync()).CreatedTasks);
        var review = Assert.Single((await fixture.Engine.ActAsync(Act("s", "clerk", draft, TaskActions.Submit))).CreatedTasks);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try { return (object)await fixture.Engine.ActAsync(Act($"approve-{i}", "head", review, TaskActions.Approve)); }
            catch (ConcurrencyConflictException ex) { return ex; }
        })));
        Assert.Single(attempts.OfType<CommandResult>());
        Assert.Single(attempts.OfType<ConcurrencyConflictException>());
        await using var context = fixture.Database.Create();
        Assert.Equal(1, await context.History.CountAsync(h => h.Action == TaskActions.Approve));
    }

    [Fact]
    public async Task Fifty_parallel_issuings_get_fifty_distinct_consecutive_numbers()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var issueTasks = new List<CreatedTask>();
        for (var i = 0; i < 50; i++)
        {
            var draft = (await fixture.StartDirectiveAsync($"start-{i}")).CreatedTasks.Single();
            var review = (await fixture.Engine.ActAsync(Act($"a{i}", "clerk", draft, TaskActions.Submit))).CreatedTasks.Single();
            var sign = (await fixture.Engine.ActAsync(Act($"b{i}", "head", review, TaskActions.Approve))).CreatedTasks.Single();
            issueTasks.Add((await fixture.Engine.ActAsync(Act($"c{i}", "chairman", sign, TaskActions.Sign))).CreatedTasks.Single());
        }

        var results = await Task.WhenAll(issueTasks.Select((task, i) => Task.Run(() => fixture.Engine.ActAsync(Act($"issue-{i}", "registry", task, TaskActions.Issue)))));

        var numbers = results.Select(r => int.Parse(r.DocumentReference!.Split('/')[0])).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), numbers);
    }

    [Fact]
    public async Task The_inbox_lists_tasks_for_the_users_roles_at_their_units_only()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        await fixture.StartDirectiveAsync("one");
        await fixture.StartDirectiveAsync("two");

        Assert.Equal(2, (await fixture.Inbox.ForUserAsync("clerk")).Count);
        Assert.Equal(2, (await fixture.Inbox.ForUserAsync("clerk2")).Count);
        Assert.Empty(await fixture.Inbox.ForUserAsync("other-clerk"));
        Assert.Empty(await fixture.Inbox.ForUserAsync("head"));
    }

    [Fact]
    public async Task A_vice_chairman_with_a_delegation_signs_KT_for_the_chairman()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        await using (var context = fixture.Database.Create())
        {
            context.Delegations.Add(new EmulationDocs.Core.Organisation.Delegation
            {
                FromUserId = "chairman", DelegateId = "vice", UnitId = "huyen", Role = EmulationDocs.Core.Organisation.Roles.Chairman, Prefix = "KT.",
                ValidFrom = DateTime.UtcNow.AddDays(-1), ValidTo = DateTime.UtcNow.AddDays(1),
            });
            await context.SaveChangesAsync();
        }
        var draft = (await fixture.StartDirectiveAsync()).CreatedTasks.Single();
        var review = (await fixture.Engine.ActAsync(Act("a", "clerk", draft, TaskActions.Submit))).CreatedTasks.Single();
        var sign = (await fixture.Engine.ActAsync(Act("b", "head", review, TaskActions.Approve))).CreatedTasks.Single();
        Assert.Contains(await fixture.Inbox.ForUserAsync("vice"), i => i.TaskId == sign.TaskId);
        var issue = (await fixture.Engine.ActAsync(Act("c", "vice", sign, TaskActions.Sign))).CreatedTasks.Single();
        await fixture.Engine.ActAsync(Act("d", "registry", issue, TaskActions.Issue));

        await using var read = fixture.Database.Create();
        var issued = await read.DocumentVersions.SingleAsync(d => d.Frozen);
        var text = DocxText(issued.Content);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("PHÓ CHỦ TỊCH", text);
        Assert.Contains("Đỗ Thị Lan", text);
    }

    [Fact]
    public async Task A_holder_claims_a_role_task_and_the_other_holders_can_no_longer_act_until_it_is_released()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var draft = Assert.Single((await fixture.StartDirectiveAsync()).CreatedTasks);

        await fixture.Engine.ClaimAsync(draft.TaskId, "clerk");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => fixture.Engine.ClaimAsync(draft.TaskId, "clerk2"));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => fixture.Engine.ActAsync(Act("by-other", "clerk2", draft, TaskActions.Submit)));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => fixture.Engine.ClaimAsync(draft.TaskId, "other-clerk"));

        await fixture.Engine.ClaimAsync(draft.TaskId, "clerk", release: true);
        await fixture.Engine.ClaimAsync(draft.TaskId, "clerk2");
        var next = await fixture.Engine.ActAsync(Act("by-claimer", "clerk2", draft, TaskActions.Submit));
        Assert.Equal("review", next.StepId);
    }

    internal static string DocxText(byte[] docx)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
    }
}
