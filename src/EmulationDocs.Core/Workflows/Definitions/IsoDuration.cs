using System.Xml;

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>ISO 8601 durations as definitions write them (<c>P3D</c>, <c>PT12H</c>, <c>P1DT12H</c>).</summary>
public static class IsoDuration
{
    /// <summary>The duration, or null when <paramref name="text"/> is not a positive ISO 8601 duration.</summary>
    public static TimeSpan? TryParsePositive(string text)
    {
        // xs:duration is ISO 8601's duration format; the leading 'P' check refuses the bare "-P3D".
        try
        {
            return text.StartsWith('P') && XmlConvert.ToTimeSpan(text) is var span && span > TimeSpan.Zero ? span : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A duration of a validated definition.</summary>
    public static TimeSpan Parse(string text) =>
        TryParsePositive(text) ?? throw new FormatException($"'{text}' is not a positive ISO 8601 duration.");
}
