using System.Text.Json.Nodes;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>Runs on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class ReportAggregationTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : ReportAggregationTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : ReportAggregationTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    [Fact]
    public async Task The_district_report_sums_the_figures_of_its_communes_latest_reports_for_the_year()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        await using (var context = fixture.Database.Create())
        {
            context.Units.Add(new OrgUnit { Id = "xa2", Name = "Ủy ban nhân dân xã Trực Thắng", Level = "commune", ParentId = "huyen", Abbreviation = "UBND", HeaderName = "UBND", Place = "Trực Thắng" });
            context.Units.Add(new OrgUnit { Id = "xa-khac", Name = "Ủy ban nhân dân xã ngoài huyện", Level = "commune", ParentId = "tinh", Abbreviation = "UBND", HeaderName = "UBND", Place = "Khác" });
            context.Instances.AddRange(
                IssuedReport("xa", 2021, "01", ("Lao động tiên tiến", 30), ("Chiến sĩ thi đua cơ sở", 4)),
                IssuedReport("xa", 2021, "02", ("Lao động tiên tiến", 38), ("Chiến sĩ thi đua cơ sở", 5)),
                IssuedReport("xa2", 2021, "01", ("Lao động tiên tiến", 23), ("Tập thể lao động tiên tiến", 4)),
                IssuedReport("xa2", 2020, "09", ("Lao động tiên tiến", 99)),
                IssuedReport("xa-khac", 2021, "01", ("Lao động tiên tiến", 99)));
            await context.SaveChangesAsync();
        }

        var started = await fixture.Engine.StartAsync(new StartCommand("start", "clerk", "huyen", "report", "Báo cáo tổng kết năm 2021",
            new JsonObject { ["report"] = new JsonObject { ["year"] = 2021, ["summary"] = "Tổng kết công tác thi đua, khen thưởng năm 2021" } }));
        var check = await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));

        Assert.Equal("check", check.StepId);
        await using var read = fixture.Database.Create();
        var data = JsonNode.Parse((await read.Instances.SingleAsync(i => i.Id == started.InstanceId)).DataJson)!["report"]!;
        var figures = data["figures"]!.AsArray().Select(f => ((string)f!["label"]!, (decimal)f["value"]!)).ToList();
        Assert.Equal([("Lao động tiên tiến", 61m), ("Chiến sĩ thi đua cơ sở", 5m), ("Tập thể lao động tiên tiến", 4m)], figures);
        var history = await read.History.SingleAsync(h => h.InstanceId == started.InstanceId && h.Action == "aggregate");
        Assert.Contains("xã Trực Đại: 02/BC-UBND", history.Comment);
        Assert.Contains("xã Trực Thắng: 01/BC-UBND", history.Comment);
    }

    private static WorkflowInstance IssuedReport(string unit, int year, string number, params (string Label, int Value)[] figures)
    {
        var data = new JsonObject
        {
            ["report"] = new JsonObject
            {
                ["year"] = year, ["number"] = number, ["symbol"] = "BC-UBND",
                ["figures"] = new JsonArray(figures.Select(f => (JsonNode)new JsonObject { ["label"] = f.Label, ["value"] = f.Value, ["unit"] = "cá nhân" }).ToArray()),
            },
        };
        var now = DateTime.UtcNow.AddMinutes(int.Parse(number));
        return new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "report", DefinitionVersion = 1, UnitId = unit, OriginUnitId = unit, InitiatorId = "clerk", StepId = "end",
            Status = InstanceStatus.Completed, Title = "Báo cáo", DataJson = data.ToJsonString(), CreatedAt = now, UpdatedAt = now,
        };
    }
}
