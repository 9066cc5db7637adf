using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Conformance.Package;

/// <summary>Opens an uploaded file as a Word document, turning every "this is not a .docx" failure
/// into a <see cref="ConformanceException"/> so callers never see a raw parser stack trace. The package is inspected first
/// (<see cref="PackageInspector"/>): the SDK loads parts recursively, and a deeply nested one would overflow the stack.</summary>
internal static class WordDocumentReader
{
    /// <exception cref="PackageRejectedException">The package is too large, nested too deep or unsafe (a corrupt one is a <see cref="ConformanceException"/>).</exception>
    public static WordprocessingDocument Open(Stream docx)
    {
        // System.IO.Packaging needs to seek in the zip's central directory.
        var seekable = docx.CanSeek ? docx : CopyToMemory(docx);
        WordprocessingDocument? document = null;
        try
        {
            Inspect(seekable);
            document = WordprocessingDocument.Open(seekable, isEditable: false);
            LoadParts(document);
            return document;
        }
        catch (PackageRejectedException ex) when (ex.Refusal is PackageRefusal.Corrupt or PackageRefusal.MalformedXml)
        {
            throw new ConformanceException($"The file is not a readable .docx document: {ex.Message}", ex);
        }
        catch (ConformanceException)
        {
            document?.Dispose();
            throw;
        }
        catch (Exception ex) when (IsUnreadableInput(ex))
        {
            document?.Dispose();
            throw new ConformanceException($"The file is not a readable .docx document: {ex.Message}", ex);
        }
    }

    private static void Inspect(Stream seekable)
    {
        var start = seekable.Position;
        using (var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true))
        {
            PackageInspector.Inspect(zip, PackageLimits.Default);
        }
        seekable.Position = start;
    }

    // Parts are parsed lazily by the SDK; touching them here makes corrupted XML fail now, as bad
    // input, instead of later in the middle of a rule.
    private static void LoadParts(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new ConformanceException("The file is not a Word document: it has no word/document.xml part.");
        if (main.Document?.Body is null)
        {
            throw new ConformanceException("The Word document has no body (word/document.xml is empty or invalid).");
        }

        _ = main.StyleDefinitionsPart?.Styles;
        _ = main.ThemePart?.Theme;
        _ = main.NumberingDefinitionsPart?.Numbering;
        foreach (var header in main.HeaderParts)
        {
            _ = header.Header;
        }

        foreach (var footer in main.FooterParts)
        {
            _ = footer.Footer;
        }
    }

    // FormatException rather than System.IO.Packaging's FileFormatException (which derives from it):
    // the host may load another version of that assembly, and the type would then not match.
    private static bool IsUnreadableInput(Exception ex) =>
        ex is OpenXmlPackageException
            or FormatException
            or InvalidDataException
            or XmlException
            or IOException
            or InvalidOperationException
            or NotSupportedException
            or ArgumentException;

    private static MemoryStream CopyToMemory(Stream source)
    {
        var copy = new MemoryStream();
        source.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
