using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Boxes 7 and 9b: the signature block and the distribution list ("Nơi nhận").</summary>
internal sealed class ClosingBlock
{
    public Table? Table { get; init; }

    public DocumentParagraph? RecipientsHeading { get; init; }

    public IReadOnlyList<DocumentParagraph> RecipientLines { get; init; } = [];

    /// <summary>Authority line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") and the signer's titles.</summary>
    public IReadOnlyList<DocumentParagraph> AuthorityLines { get; init; } = [];

    public DocumentParagraph? SignerName { get; init; }

    /// <summary>Number of the first paragraph of the closing block; null when none was found.</summary>
    public int? StartsAt { get; init; }
}
