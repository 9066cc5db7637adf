using System.Text.Json.Nodes;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>One minimal broken definition per validation rule; each problem must name its step and property.</summary>
public sealed class DefinitionValidationTests
{
    private static readonly DefinitionLoader Loader = new(
        new HashSet<string>(["directive", "official-letter", "award-submission"]), RepositoryRoot.Levels);

    /// <summary>draft → review (may return to draft) → authority (covered → issue, otherwise → forward → issue) → end.</summary>
    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "id": "test", "version": 1, "name": "Thử", "start": "draft",
          "documents": { "main": "directive" },
          "steps": [
            { "id": "draft", "kind": "drafting", "assignee": { "role": "clerk", "unit": "self" }, "document": "main", "next": "review", "due": "P3D" },
            { "id": "review", "kind": "review", "assignee": { "role": "head" }, "next": "authority", "returnTo": ["draft"] },
            { "id": "authority", "kind": "authority", "covered": "issue", "otherwise": "forward" },
            { "id": "forward", "kind": "forwarding", "to": "parent", "next": "issue" },
            { "id": "issue", "kind": "issuing", "assignee": { "role": "registry" }, "document": "main", "documentType": "CT", "next": "end" },
            { "id": "end", "kind": "end" }
          ]
        }
        """)!.AsObject();

    private static JsonObject Step(JsonObject definition, string id) =>
        definition["steps"]!.AsArray().Select(s => s!.AsObject()).First(s => (string?)s["id"] == id);

    private static DefinitionProblem AssertProblem(JsonObject definition, string? stepId, string property)
    {
        var error = Assert.Throws<DefinitionException>(() => Loader.Load(definition.ToJsonString(), "test.json"));
        var problem = Assert.Single(error.Problems, p => p.StepId == stepId && p.Property == property);
        if (stepId is not null)
        {
            Assert.Contains($"step '{stepId}', {property}:", error.Message);
        }
        return problem;
    }

    [Fact]
    public void The_minimal_definition_is_valid()
    {
        var definition = Loader.Load(Valid().ToJsonString());

        Assert.Equal(6, definition.Steps.Count);
    }

    [Fact]
    public void Unknown_step_kind()
    {
        var definition = Valid();
        Step(definition, "review")["kind"] = "approval";

        Assert.Contains("'approval'", AssertProblem(definition, "review", "kind").Description);
    }

    [Fact]
    public void Duplicate_step_id()
    {
        var definition = Valid();
        Step(definition, "forward")["id"] = "issue";

        AssertProblem(definition, "issue", "id");
    }

    [Fact]
    public void Start_naming_an_unknown_step()
    {
        var definition = Valid();
        definition["start"] = "drafting";

        AssertProblem(definition, null, "start");
    }

    [Theory]
    [InlineData("draft", "next")]
    [InlineData("authority", "covered")]
    [InlineData("authority", "otherwise")]
    public void Step_reference_naming_an_unknown_step(string stepId, string property)
    {
        var definition = Valid();
        Step(definition, stepId)[property] = "nowhere";

        Assert.Contains("'nowhere'", AssertProblem(definition, stepId, property).Description);
    }

    [Fact]
    public void ReturnTo_naming_an_unknown_step()
    {
        var definition = Valid();
        Step(definition, "review")["returnTo"] = new JsonArray("nowhere");

        AssertProblem(definition, "review", "returnTo");
    }

    [Fact]
    public void ReturnTo_a_step_that_comes_later()
    {
        var definition = Valid();
        Step(definition, "review")["returnTo"] = new JsonArray("issue");

        Assert.Contains("'issue'", AssertProblem(definition, "review", "returnTo").Description);
    }

    [Fact]
    public void ReturnTo_itself()
    {
        var definition = Valid();
        Step(definition, "review")["returnTo"] = new JsonArray("review");

        AssertProblem(definition, "review", "returnTo");
    }

    [Fact]
    public void Unreachable_step()
    {
        var definition = Valid();
        definition["steps"]!.AsArray().Add(JsonNode.Parse("""{ "id": "orphan", "kind": "distribution", "next": "end" }"""));

        AssertProblem(definition, "orphan", "id");
    }

    [Fact]
    public void Human_step_without_assignee()
    {
        var definition = Valid();
        Step(definition, "review").Remove("assignee");

        AssertProblem(definition, "review", "assignee");
    }

    [Fact]
    public void Unknown_role()
    {
        var definition = Valid();
        Step(definition, "review")["assignee"]!["role"] = "director";

        Assert.Contains("'director'", AssertProblem(definition, "review", "assignee.role").Description);
    }

    [Theory]
    [InlineData("grandparent")]
    [InlineData("level:")]
    [InlineData("level:ward")]
    public void Unknown_unit_selector(string selector)
    {
        var definition = Valid();
        Step(definition, "review")["assignee"]!["unit"] = selector;

        AssertProblem(definition, "review", "assignee.unit");
    }

    [Fact]
    public void Unknown_role_in_when()
    {
        var definition = Valid();
        Step(definition, "review")["when"] = new JsonObject { ["unitHasRole"] = "council" };

        AssertProblem(definition, "review", "when.unitHasRole");
    }

    [Fact]
    public void Unknown_level_in_when()
    {
        var definition = Valid();
        Step(definition, "review")["when"] = new JsonObject { ["levels"] = new JsonArray("ward") };

        AssertProblem(definition, "review", "when.levels");
    }

    [Fact]
    public void Conditional_step_without_next()
    {
        var definition = Valid();
        Step(definition, "authority")["when"] = new JsonObject { ["levels"] = new JsonArray("district") };

        AssertProblem(definition, "authority", "next");
    }

    [Fact]
    public void Step_without_a_way_on()
    {
        var definition = Valid();
        Step(definition, "forward").Remove("next");

        AssertProblem(definition, "forward", "next");
    }

    [Theory]
    [InlineData("covered")]
    [InlineData("otherwise")]
    public void Authority_without_both_branches(string branch)
    {
        var definition = Valid();
        Step(definition, "authority").Remove(branch);

        AssertProblem(definition, "authority", branch);
    }

    [Fact]
    public void Document_role_not_declared()
    {
        var definition = Valid();
        Step(definition, "issue")["document"] = "decision";

        Assert.Contains("'decision'", AssertProblem(definition, "issue", "document").Description);
    }

    [Fact]
    public void Unknown_template()
    {
        var definition = Valid();
        definition["documents"]!["main"] = "directive-2020";

        Assert.Contains("'directive-2020'", AssertProblem(definition, null, "documents.main").Description);
    }

    [Fact]
    public void Issuing_without_document_type()
    {
        var definition = Valid();
        Step(definition, "issue").Remove("documentType");

        AssertProblem(definition, "issue", "documentType");
    }

    [Fact]
    public void Issuing_a_cong_van_needs_the_drafting_office()
    {
        var definition = Valid();
        Step(definition, "issue")["documentType"] = "";

        AssertProblem(definition, "issue", "draftingOffice");

        Step(definition, "issue")["draftingOffice"] = "NV";
        Assert.Equal("", Loader.Load(definition.ToJsonString()).Step("issue").DocumentType);
    }

    [Fact]
    public void Forwarding_without_destination()
    {
        var definition = Valid();
        Step(definition, "forward").Remove("to");

        AssertProblem(definition, "forward", "to");
    }

    [Theory]
    [InlineData("3 days")]
    [InlineData("P")]
    [InlineData("-P3D")]
    [InlineData("PT0S")]
    public void Invalid_due_duration(string due)
    {
        var definition = Valid();
        Step(definition, "draft")["due"] = due;

        AssertProblem(definition, "draft", "due");
    }

    [Fact]
    public void No_end_step_reachable()
    {
        var definition = Valid();
        Step(definition, "end")["kind"] = "distribution";
        Step(definition, "end")["next"] = "draft";

        AssertProblem(definition, null, "steps");
    }

    [Fact]
    public void Version_below_one()
    {
        var definition = Valid();
        definition["version"] = 0;

        AssertProblem(definition, null, "version");
    }

    [Fact]
    public void Unknown_property_is_refused_with_its_path()
    {
        var definition = Valid();
        Step(definition, "review")["returnsTo"] = new JsonArray("draft");

        var error = Assert.Throws<DefinitionException>(() => Loader.Load(definition.ToJsonString(), "test.json"));

        Assert.Contains("returnsTo", error.Message);
        Assert.Contains("$.steps[1]", Assert.Single(error.Problems).Property);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var definition = Valid();
        definition["version"] = 0;
        Step(definition, "review")["assignee"]!["role"] = "director";
        Step(definition, "forward").Remove("to");
        Step(definition, "draft")["due"] = "soon";

        var error = Assert.Throws<DefinitionException>(() => Loader.Load(definition.ToJsonString(), "test.json"));

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains("4 problems", error.Message);
        Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message));
    }

    [Fact]
    public void Remind_and_escalateTo_are_read()
    {
        var definition = Valid();
        Step(definition, "draft")["remind"] = "P1D";
        Step(definition, "draft")["escalateTo"] = new JsonObject { ["role"] = "chairman", ["unit"] = "parent" };

        var draft = Loader.Load(definition.ToJsonString()).Step("draft");

        Assert.Equal("P1D", draft.Remind);
        Assert.Equal(new AssigneeRule("chairman", "parent"), draft.EscalateTo);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("P3D")]
    [InlineData("P4D")]
    public void Remind_must_be_a_positive_duration_shorter_than_due(string remind)
    {
        var definition = Valid();
        Step(definition, "draft")["remind"] = remind;

        AssertProblem(definition, "draft", "remind");
    }

    [Fact]
    public void Remind_needs_due()
    {
        var definition = Valid();
        Step(definition, "review")["remind"] = "P1D";

        Assert.Contains("'due'", AssertProblem(definition, "review", "remind").Description);
    }

    [Fact]
    public void EscalateTo_needs_a_known_role_and_unit_selector()
    {
        var definition = Valid();
        Step(definition, "draft")["escalateTo"] = new JsonObject { ["role"] = "boss", ["unit"] = "level:galaxy" };

        var error = Assert.Throws<DefinitionException>(() => Loader.Load(definition.ToJsonString(), "test.json"));

        Assert.Contains(error.Problems, p => p.StepId == "draft" && p.Property == "escalateTo.role");
        Assert.Contains(error.Problems, p => p.StepId == "draft" && p.Property == "escalateTo.unit");
    }
}
