using System.Globalization;
using EmulationDocs.Core.Numbering;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>The registry (Văn thư) of the instance's unit: gives a document being issued its number, symbol and date.</summary>
internal sealed class Registry(
    EmulationDocsDbContext context, Assignments assignments, WorkflowInstance instance, InstanceData data, Transition transition, CancellationToken ct)
{

    /// <summary>Number from the series of the issuing body (or its council) for the year, symbol, date.</summary>
    /// <returns>The document's reference, "05/CT-UBND".</returns>
    public async Task<string> NumberAsync(StepDefinition step)
    {
        var role = step.Document ?? throw new InvalidOperationException($"Issuing step '{step.Id}' names no document.");
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var today = DateOnly.FromDateTime(VietnamTime.FromUtc(transition.Now));
        var number = await transition.Numbers.NextAsync(context, IssueReference.SeriesKey(step, unit.Id), today.Year, ct);
        var symbol = IssueReference.Symbol(step, unit.Abbreviation);
        var document = data.Document(role);
        document[EngineWrittenFields.Number] = RegistryNumbering.Format(number);
        document[EngineWrittenFields.Symbol] = symbol;
        document[EngineWrittenFields.Date] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The year the document is about (a report on 2021) stays; only a document without one takes the issuing year.
        if (document["year"] is null) document["year"] = today.Year;
        return IssueReference.Format(number, symbol);
    }
}
