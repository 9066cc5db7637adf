using EmulationDocs.Web.Features.Previews;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Web.Tests;

/// <summary>Whether the server can print Vietnamese in one Times-metric family (Liberation 1.x cannot: PDFs mixed fonts).</summary>
public sealed class PrintFontsTests
{
    [Fact]
    public void Fontconfig_listing_only_fallback_families_for_Vietnamese_is_reported_missing()
    {
        // fc-list :lang=vi family with fonts-liberation 1.x and DejaVu: Liberation Serif is absent, it lacks ơ, ư, ạ…
        Assert.False(PrintFonts.CoverVietnameseSerif(["DejaVu Serif", "DejaVu Sans", "DejaVu Sans,DejaVu Sans Condensed", ""]));
    }

    [Theory]
    [InlineData("Liberation Serif")]
    [InlineData("Times New Roman,Times New Roman Bold")]
    [InlineData("Tinos")]
    public void A_times_metric_family_covering_Vietnamese_is_enough(string line) =>
        Assert.True(PrintFonts.CoverVietnameseSerif(["DejaVu Serif", line]));

    [Fact]
    public void This_server_has_one_as_the_test_command_installs_it() =>
        Assert.True(new PrintFonts(NullLogger<PrintFonts>.Instance).HaveVietnameseSerif);
}
