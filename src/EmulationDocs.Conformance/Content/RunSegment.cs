using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Content;

/// <summary>A run, or the part of a run on one line, with its text.</summary>
internal sealed record RunSegment(Run Run, string Text);
