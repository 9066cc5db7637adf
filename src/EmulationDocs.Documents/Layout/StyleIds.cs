namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Identifiers of the named styles every template defines. The identifiers are stable English
/// keys; the names a clerk sees in Word are Vietnamese (see <see cref="Decree30Styles"/>).
/// </summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string Body = "Body";
    public const string GoverningBody = "GoverningBody";
    public const string IssuingBody = "IssuingBody";
    public const string DocumentNumber = "DocumentNumber";
    public const string LetterSummary = "LetterSummary";
    public const string NationalTitle = "NationalTitle";
    public const string Motto = "Motto";
    public const string PlaceDate = "PlaceDate";
    public const string TypeName = "TypeName";
    public const string Summary = "Summary";
    public const string HorizontalRule = "HorizontalRule";
    public const string DecisionAuthority = "DecisionAuthority";
    public const string LegalBasis = "LegalBasis";
    public const string OperativeWord = "OperativeWord";
    public const string AddresseeHeading = "AddresseeHeading";
    public const string Addressee = "Addressee";
    public const string RecipientsHeading = "RecipientsHeading";
    public const string Recipient = "Recipient";
    public const string SignatureTitle = "SignatureTitle";
    public const string SignatureSpace = "SignatureSpace";
    public const string SignerName = "SignerName";
    public const string AttachmentTitle = "AttachmentTitle";
    public const string AttachmentNote = "AttachmentNote";
    public const string GroupHeading = "GroupHeading";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string TableNumber = "TableNumber";
    public const string PageHeader = "Header";
    public const string LayoutTable = "LayoutTable";
    public const string GridTable = "GridTable";
}
