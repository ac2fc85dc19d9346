using LeafletTool.Core.Importing.Blocks;
using static LeafletTool.Cli.Tests.Importing.HtmlFixture;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>Saved pages shaped like three different trusts' sites, and a page pandoc made: the leaflet's blocks,
/// every word of it in order and no word of the site around it.</summary>
public class HtmlSitePagesTests
{
    [Fact]
    public void A_WordPress_like_site_gives_the_article_and_nothing_of_the_site()
    {
        var page = Read("wordpress-gastroscopy");
        HasExactlyTheLeafletWords("wordpress-gastroscopy", page);
        HasNone(page, "cookie", "Skip to content", "Our services", "Patients and visitors", "Share this", "Facebook",
            "Was this page helpful", "Latest news", "car park", "Fen Road", "Switchboard", "Accessibility",
            "Work for us", "Contact the Trust", "Read our cookie policy");
        Assert.Equal("Having a gastroscopy – Northmoor Hospitals NHS Trust", page.TitleHint);

        var title = page.Blocks[0];
        Assert.Equal((SourceBlockKind.Heading, 1, "Having a gastroscopy"), (title.Kind, title.Level, title.Text));
        Assert.True(Block(page, "**Information for patients from the Endoscopy Unit**").AllBold);
        Assert.Equal(2, Block(page, "What is a gastroscopy?").Level);
        Assert.Contains("takes **5 to 10 minutes**.", Block(page, "The test usually takes **5 to 10 minutes**. You "
            + "will be in the unit for about 2 hours.").Text, StringComparison.Ordinal);

        var bullet = Block(page, "Do not eat anything for **6 hours** before your appointment.");
        Assert.Equal((SourceBlockKind.ListItem, SourceListKind.Bullet, 0), (bullet.Kind, bullet.List, bullet.Depth));
        var nested = Block(page, "medicines that thin your blood, such as warfarin");
        Assert.Equal((SourceListKind.Bullet, 1), (nested.List, nested.Depth));
        Assert.Equal(0, Block(page, "If you choose sedation, ask an adult to take you home and stay with you for 24 "
            + "hours.").Depth);
        var steps = page.Blocks.Where(b => b.List == SourceListKind.Numbered).ToList();
        Assert.Equal(3, steps.Count);
        Assert.All(steps, s => Assert.Equal(0, s.Depth));

        var links = page.Blocks.Single(b => b.Text.StartsWith("You can choose", StringComparison.Ordinal)).Text;
        Assert.Contains("[NHS website page on gastroscopy](https://www.nhs.uk/conditions/gastroscopy/)", links,
            StringComparison.Ordinal);
        Assert.Contains("[leaflet about sedation](https://www.northmoor-hospitals.example/patient-leaflets/"
            + "sedation-for-endoscopy/).", links, StringComparison.Ordinal);

        var box = page.Blocks.SkipWhile(b => b.Text != "Contact us").Take(3).ToList();
        Assert.All(box, b => Assert.True(b.Boxed, b.Text));
        Assert.Equal("Endoscopy Unit, Northmoor General Hospital Telephone: [01632 960123](tel:+441632960123) Monday "
            + "to Friday, 8am to 6pm", box[1].Text);
        Assert.Equal("Email: [endoscopy@northmoor-hospitals.example](mailto:endoscopy@northmoor-hospitals.example)",
            box[2].Text);
        Assert.False(Block(page, "After your test").Boxed);
        foreach (var line in new[]
            { "Reference number: NHT-END-0042", "Published: March 2024", "Review date: March 2027" })
        {
            Assert.Equal(SourceBlockKind.Paragraph, Block(page, line).Kind);
        }

        var image = Assert.Single(page.Attention, a => a.Message.StartsWith("an image", StringComparison.Ordinal));
        Assert.Equal("an image: \"A treatment room in the Endoscopy Unit with a trolley and a screen\"", image.Message);
        Assert.Equal(Block(page, "One of our three treatment rooms").Place, image.Place);
        Assert.Equal(Enumerable.Range(1, page.Blocks.Count), page.Blocks.Select(b => b.Place.Line));
        Assert.All(page.Blocks, b => Assert.Equal(0, b.Place.Page));
    }

    [Fact]
    public void An_NHS_website_like_page_gives_main_its_callouts_and_the_small_print_as_footer()
    {
        var page = Read("nhsuk-wound-care");
        HasExactlyTheLeafletWords("nhsuk-wound-care", page);
        HasNone(page, "cookie", "Skip to main content", "Services A to Z", "Maternity", "General surgery",
            "Print this page", "Was this page helpful", "Related pages", "Hernia", "Accessibility statement",
            "Mill Lane", "Draft text", "symptom checker", "Information:", "Important:");
        Assert.Equal("Caring for your wound after surgery | Eastbrook Hospitals NHS Foundation Trust", page.TitleHint);
        Assert.Equal((SourceBlockKind.Heading, 1), (page.Blocks[0].Kind, page.Blocks[0].Level));

        var important = Block(page, "Important");
        Assert.Equal((SourceBlockKind.Heading, 3, true), (important.Kind, important.Level, important.Boxed));
        Assert.True(Block(page, "Do not have a bath or go swimming until the wound has fully healed. This usually "
            + "takes 2 to 3 weeks.").Boxed);
        Assert.True(Block(page, "Book your appointment with the practice nurse as soon as you get home.").Boxed);
        Assert.False(Block(page, "Stitches and clips").Boxed);
        Assert.Equal(SourceBlockKind.Paragraph, Block(page, "What does an infected wound look like?").Kind);

        Assert.Equal(3, page.Blocks.Count(b => b.List == SourceListKind.Bullet));
        Assert.Equal(new[] { "you have a high temperature or feel hot and shivery",
            "the wound opens or bleeds through the dressing" },
            page.Blocks.Where(b => b.List == SourceListKind.Numbered).Select(b => b.Text));
        Assert.Equal("Ward 7 (surgical ward): [01632 960 555](tel:01632960555), 24 hours a day",
            page.Blocks.Single(b => b.Text.StartsWith("Ward 7", StringComparison.Ordinal)).Text);
        Assert.Contains("[our page on pain relief after surgery](https://www.eastbrook.nhs.example/patient-information/"
            + "surgery/pain-relief)",
            page.Blocks.Single(b => b.Text.StartsWith("You can also", StringComparison.Ordinal)).Text,
            StringComparison.Ordinal);

        var footer = page.Blocks.Where(b => b.Part == SourcePart.Footer).Select(b => b.Text);
        Assert.Equal(new[] { "Reference number: EBH-SUR-117 (version 3)", "Date published: 14 January 2025",
            "Review date: January 2028" }, footer);
        Assert.Equal(SourcePart.Footer, page.Blocks[^1].Part);
    }

    [Fact]
    public void An_old_table_layout_site_gives_the_text_cell_its_bold_lines_and_the_clinic_table()
    {
        var page = Read("table-layout-knee");
        HasExactlyTheLeafletWords("table-layout-knee", page);
        HasNone(page, "Site map", "Text only", "Our services", "District nursing", "Jobs", "Print", "Disclaimer",
            "Station Road", "Freedom of information");
        Assert.Equal("Westvale Community Health :: Patient Information :: Exercises after your knee replacement",
            page.TitleHint);

        var bold = page.Blocks.Where(b => b.AllBold).Select(b => b.Text).ToList();
        Assert.Equal(new[] { "**Exercises after your knee replacement**", "**Why exercise matters**", "**How often**",
            "**Exercise 1: ankle pumps**", "**Exercise 2: knee bends**", "**Knee class times**",
            "**Contact the physiotherapy team**" }, bold);
        Assert.All(page.Blocks.Where(b => b.AllBold), b => Assert.Equal(SourceBlockKind.Paragraph, b.Kind));
        Block(page, "Do each exercise 10 times. Aim to do them 3 times a day, even on days when your knee feels "
            + "stiff.");
        Block(page, "Sit on a chair. Slide your foot back under the chair as far as you can, hold for 5 seconds, then "
            + "slide it forward again. Don’t worry if it feels tight at first.");

        var warning = page.Blocks.Single(b => b.Text.StartsWith("If your knee", StringComparison.Ordinal));
        Assert.True(warning.Boxed);
        Assert.Contains("call **NHS 111** straight away.", warning.Text, StringComparison.Ordinal);

        var rows = page.Blocks.Where(b => b.Kind == SourceBlockKind.TableRow).ToList();
        Assert.Equal(new[] { "Clinic | Day | Time", "Westvale Community Hospital | Tuesday | 2pm to 3pm",
            "Brookside Health Centre | Thursday | 10am to 11am" }, rows.Select(r => r.Text));
        var table = Assert.Single(page.Attention, a => a.Message.StartsWith("a table", StringComparison.Ordinal));
        Assert.Equal(rows[0].Place, table.Place);
        Assert.Contains("3 row(s)", table.Message, StringComparison.Ordinal);

        Block(page, "Telephone: 01632 960 777");
        Block(page, "Email: [physio@westvale.example](mailto:physio@westvale.example)");
        Assert.Equal(new[] { "Leaflet ref: WCH/PHY/021", "Issued: June 2019", "Review due: June 2022" },
            page.Blocks.Where(b => b.Part == SourcePart.Footer).Select(b => b.Text));
    }

    [Fact]
    public void A_page_pandoc_made_gives_its_title_sections_and_bullets()
    {
        var page = Read("pandoc-cryotherapy");
        HasExactlyTheLeafletWords("pandoc-cryotherapy", page);
        Assert.Equal("Cryotherapy to treat chronic pain", page.TitleHint);
        Assert.Equal((SourceBlockKind.Heading, 1, "Cryotherapy to treat chronic pain"),
            (page.Blocks[0].Kind, page.Blocks[0].Level, page.Blocks[0].Text));
        Assert.Equal(10, page.Blocks.Count(b => b.Kind == SourceBlockKind.Heading && b.Level == 2));
        var bullets = page.Blocks.Where(b => b.Kind == SourceBlockKind.ListItem).ToList();
        Assert.Equal(7, bullets.Count);
        Assert.All(bullets, b => Assert.Equal((SourceListKind.Bullet, 0), (b.List, b.Depth)));
        Block(page, "**Pain management nurses**: 020 7188 4714, Monday to Friday, 9am to 5pm");
        Assert.Equal(new[] { "Reference number: 5373/VER1", "Published: June 2023", "Review date: June 2026" },
            page.Blocks.TakeLast(3).Select(b => b.Text));
        Assert.All(page.Blocks, b => Assert.Equal(SourcePart.Body, b.Part));
    }
}
