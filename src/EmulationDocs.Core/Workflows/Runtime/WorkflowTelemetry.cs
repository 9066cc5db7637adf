using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Metrics of the engine's commands (meter <see cref="MeterName"/>): transitions written by definition, command kind and
/// resulting status; commands refused by reason; retries answered from their first result.
/// </summary>
public static class WorkflowTelemetry
{
    public const string MeterName = "EmulationDocs.Workflows";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Transitions = Meter.CreateCounter<long>(
        "emulationdocs.workflow.transitions", unit: "{transition}", description: "Commands written as a transition, by definition, kind and resulting status.");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "emulationdocs.workflow.refusals", unit: "{command}", description: "Commands refused, by kind and reason.");

    private static readonly Counter<long> Replays = Meter.CreateCounter<long>(
        "emulationdocs.workflow.replays", unit: "{command}", description: "Retried commands answered with their first result.");

    internal static void RecordTransition(string definitionId, string kind, InstanceStatus status) =>
        Transitions.Add(1, new TagList { { "definition", definitionId }, { "kind", kind }, { "status", status.ToString() } });

    internal static void RecordRefusal(string kind, string reason) => Refusals.Add(1, new TagList { { "kind", kind }, { "reason", reason } });

    internal static void RecordReplay(string kind) => Replays.Add(1, new TagList { { "kind", kind } });
}
