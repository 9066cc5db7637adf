using System.Buffers.Binary;
using System.Globalization;
using EmulationDocs.Templating.Rendering;

namespace EmulationDocs.Templating.Content;

/// <summary>Turns a data-URI PNG or JPEG into an inline picture run (<c>w:r/w:drawing</c>).</summary>
internal static class PictureWriter
{
    private const long EmuPerMillimetre = 36_000;
    private const long EmuPerPixel = 9_525;
    private const long MaxWidthEmu = 160 * EmuPerMillimetre;

    public static string Write(RenderSession session, string dataUri, decimal? widthMillimetres)
    {
        var (content, extension) = Decode(dataUri);
        var (pixelWidth, pixelHeight) = extension == "png" ? PngSize(content) : JpegSize(content);
        long width = widthMillimetres is { } mm ? (long)(mm * EmuPerMillimetre) : Math.Min(pixelWidth * EmuPerPixel, MaxWidthEmu);
        long height = width * pixelHeight / pixelWidth;
        var image = session.AddImage(content, extension);
        var id = session.NextDrawingId().ToString(CultureInfo.InvariantCulture);
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">" +
               $"<wp:extent cx=\"{width}\" cy=\"{height}\"/><wp:docPr id=\"{id}\" name=\"Hình {id}\"/>" +
               "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>" +
               "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
               "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
               $"<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"{image.Target}\"/><pic:cNvPicPr/></pic:nvPicPr>" +
               $"<pic:blipFill><a:blip r:embed=\"{image.RelationshipId}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
               $"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{width}\" cy=\"{height}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
               "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    }

    private static (byte[] Content, string Extension) Decode(string dataUri)
    {
        var comma = dataUri.IndexOf(',');
        var header = comma > 0 ? dataUri[..comma] : "";
        if (!header.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            throw Invalid("the value is not a base64 data URI");
        byte[] content;
        try
        {
            content = Convert.FromBase64String(dataUri[(comma + 1)..]);
        }
        catch (FormatException)
        {
            throw Invalid("the base64 content is malformed");
        }
        if (content.Length > 8 && content[0] == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') return (content, "png");
        if (content.Length > 4 && content[0] == 0xFF && content[1] == 0xD8) return (content, "jpeg");
        throw Invalid("only PNG and JPEG pictures are supported");
    }

    private static (long Width, long Height) PngSize(byte[] png)
    {
        if (png.Length < 24) throw Invalid("the PNG is truncated");
        long width = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        long height = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4));
        if (width == 0 || height == 0) throw Invalid("the PNG has no size");
        return (width, height);
    }

    /// <summary>Walks JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static (long Width, long Height) JpegSize(byte[] jpeg)
    {
        var i = 2;
        while (i + 9 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF) { i++; continue; }
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
            {
                long height = (jpeg[i + 5] << 8) | jpeg[i + 6];
                long width = (jpeg[i + 7] << 8) | jpeg[i + 8];
                if (width > 0 && height > 0) return (width, height);
                break;
            }
            i += 2 + length;
        }
        throw Invalid("the JPEG size cannot be read");
    }

    private static RenderException Invalid(string reason) =>
        new($"image: {reason}.", "Hàm image: ảnh phải là PNG hoặc JPEG dạng data URI (data:image/png;base64,…).");
}
