namespace EmulationDocs.Documents.Kinds;

/// <summary>Whether a kind of document carries a "Kính gửi:" block (box 9a of Appendix I).</summary>
public enum AddresseeUse
{
    /// <summary>No "Kính gửi:" block; the document is addressed through its distribution list only.</summary>
    None,

    /// <summary>The block is printed only when the data lists addressees (e.g. a report sent upwards).</summary>
    Optional,

    /// <summary>The block is always printed (công văn, tờ trình).</summary>
    Required,
}
