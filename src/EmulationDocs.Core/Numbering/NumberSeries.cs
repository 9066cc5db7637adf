namespace EmulationDocs.Core.Numbering;

/// <summary>The last number issued in a series: one per issuing body (or its council) per year.</summary>
public sealed class NumberSeries
{
    /// <summary>Unit id, or <c>&lt;unit&gt;/council</c> for the council's own series.</summary>
    public required string SeriesKey { get; init; }

    public int Year { get; init; }

    public int LastNumber { get; set; }
}
