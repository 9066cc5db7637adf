using System.Globalization;
using EmulationDocs.Templating.Compilation;
using EmulationDocs.Templating.Content;
using EmulationDocs.Templating.Formatting;
using EmulationDocs.Templating.Parsing;
using HandlebarsDotNet;

namespace EmulationDocs.Templating.Rendering;

/// <summary>Registers the engine's helpers (the names <see cref="HelperSignature.All"/> lists) on a Handlebars environment.</summary>
internal static class HelperRegistry
{
    public static IHandlebars CreateEnvironment()
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new XmlTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
        });

        handlebars.RegisterHelper("vnDate", (_, args) =>
            ArgumentValues.IsEmpty(args[0]) ? "" : VietnameseFormat.Date(ArgumentValues.ToDate(args[0], "vnDate")));
        handlebars.RegisterHelper("upper", (_, args) =>
            ArgumentValues.IsEmpty(args[0]) ? "" : VietnameseFormat.Upper(Convert.ToString(args[0], CultureInfo.InvariantCulture) ?? ""));
        handlebars.RegisterHelper("vnNumber", (_, args) =>
            ArgumentValues.IsEmpty(args[0]) ? "" : VietnameseFormat.Number(ArgumentValues.ToDecimal(args[0], "vnNumber")));
        handlebars.RegisterHelper("pad2", (_, args) =>
            ArgumentValues.IsEmpty(args[0]) ? "" : VietnameseFormat.Pad2(ArgumentValues.ToInteger(args[0], "pad2")));
        handlebars.RegisterHelper("inc", (_, args) =>
            ArgumentValues.IsEmpty(args[0]) ? "" : ArgumentValues.ToInteger(args[0], "inc") + 1);

        handlebars.RegisterHelper(HelperSignature.Image, (output, _, args) =>
        {
            if (ArgumentValues.IsEmpty(args[0])) return;
            decimal? width = args.Length > 1 && !ArgumentValues.IsEmpty(args[1]) ? ArgumentValues.ToDecimal(args[1], "image") : null;
            output.Write(PictureWriter.Write(Session, Convert.ToString(args[0], CultureInfo.InvariantCulture)!, width), false);
        });
        handlebars.RegisterHelper(HelperSignature.Markdown, (output, _, args) =>
        {
            var format = Session.Formats[Convert.ToInt32(args[args.Length - 1], CultureInfo.InvariantCulture)];
            var text = args.Length > 1 && !ArgumentValues.IsEmpty(args[0]) ? Convert.ToString(args[0], CultureInfo.InvariantCulture)! : "";
            output.Write(MarkdownWriter.Write(text, format), false);
        });
        handlebars.RegisterHelper(PartCompiler.DrawingIdHelper, (output, _, _) =>
            output.Write(Session.NextDrawingId().ToString(CultureInfo.InvariantCulture), false));
        handlebars.RegisterHelper(PartCompiler.TagSiteHelper, (_, _, args) =>
            Session.EnterSite(Convert.ToInt32(args[0], CultureInfo.InvariantCulture)));
        handlebars.RegisterHelper(ListRestarts.ScopeHelper, (_, _, _) => Session.BeginListScope());
        handlebars.RegisterHelper(ListRestarts.ScopeEndHelper, (_, _, _) => Session.EndListScope());
        handlebars.RegisterHelper(ListRestarts.InstanceHelper, (output, _, args) =>
            output.Write(Session.ListInstance(Convert.ToString(args[0], CultureInfo.InvariantCulture)!).ToString(CultureInfo.InvariantCulture), false));
        return handlebars;
    }

    private static RenderSession Session =>
        RenderSession.Current ?? throw new InvalidOperationException("Helpers run only inside DocxTemplate.Render.");
}
