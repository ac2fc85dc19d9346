using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class SpellingRuleTests
{
    private static readonly SpellingRule Rule = new();

    // Planted typos in leaflet sentences: medical and everyday words, each with the word the rule must suggest first.
    [Theory]
    [InlineData("Take two paracetomol tablets every four hours.", "paracetomol", "paracetamol")]
    [InlineData("Your anaesthatic will wear off within a few hours.", "anaesthatic", "anaesthetic")]
    [InlineData("You may have a high temprature for a day or two.", "temprature", "temperature")]
    [InlineData("Tell us if you feel sick or have nausia after eating.", "nausia", "nausea")]
    [InlineData("Call us if the vomitting does not stop.", "vomitting", "vomiting")]
    [InlineData("Drink plenty of water if you have diarrohea.", "diarrohea", "diarrhoea")]
    [InlineData("A haemorrage after surgery is rare.", "haemorrage", "haemorrhage")]
    [InlineData("The tube passes down your oesophogus into your stomach.", "oesophogus", "oesophagus")]
    [InlineData("A thin catheder drains urine from your bladder.", "catheder", "catheter")]
    [InlineData("Your physiotheraphy starts the day after the operation.", "physiotheraphy", "physiotherapy")]
    [InlineData("Finish the course of antibiotocs even if you feel better.", "antibiotocs", "antibiotics")]
    [InlineData("Your ankle may be swolen for a week.", "swolen", "swollen")]
    [InlineData("People with diabetis should check their blood sugar.", "diabetis", "diabetes")]
    [InlineData("Keep the bandgae clean and dry.", "bandgae", "bandage")]
    [InlineData("Watch for symptons of an infection, such as redness.", "symptons", "symptoms")]
    [InlineData("An infecton can make the wound red and sore.", "infecton", "infection")]
    [InlineData("Bring your medecine to every appointment.", "medecine", "medicine")]
    [InlineData("You will recieve a letter with the date.", "recieve", "receive")]
    [InlineData("Please arrange your own accomodation near the hospital.", "accomodation", "accommodation")]
    [InlineData("It is not neccessary to stop eating before the scan.", "neccessary", "necessary")]
    [InlineData("Do not drive untill your doctor says it is safe.", "untill", "until")]
    [InlineData("The nurse will tell you what to do tommorow morning.", "tommorow", "tomorrow")]
    [InlineData("Each pateint is given a wristband.", "pateint", "patient")]
    [InlineData("We will take a blood pressure mesurement first.", "mesurement", "measurement")]
    [InlineData("Please bring your apointment letter with you.", "apointment", "appointment")]
    [InlineData("Write down any questions at the begining of the day.", "begining", "beginning")]
    [InlineData("Please tell us if your adress has changed.", "adress", "address")]
    [InlineData("Please dont eat or drink after midnight.", "dont", "don't")]
    [InlineData("If the pain doesnt stop, call us.", "doesnt", "doesn't")]
    [InlineData("Youll be able to go home the same day.", "Youll", "You'll")]
    public void A_misspelt_word_is_reported_at_its_place_with_the_right_word_suggested_first(string paragraph,
        string typo, string expected)
    {
        var yaml = LanguageLeaflet.WithParagraph(paragraph);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, typo), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.StartsWith($"\"{typo}\" is not in the dictionary", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{expected}\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_everyday_and_medical_words_are_not_reported()
    {
        var paragraph = "You'll have a cannula in your hand, and the doctor's team will check your blood pressure, "
            + "pulse and oxygen levels. Take paracetamol or ibuprofen for long-term, up-to-date X-ray advice.";

        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
    }

    [Fact]
    public void Up_to_three_suggestions_are_listed_in_the_message()
    {
        var finding = LanguageLeaflet.Single(Rule,
            LanguageLeaflet.WithParagraph("Tell the nurse about the wierd feeling."));

        Assert.Equal("\"wierd\" is not in the dictionary or the house dictionary. Did you mean \"weird\", \"wired\" or "
            + "\"wield\"? "
            + "If it is spelt correctly, add it to the house dictionary, or to \"accept:\" in this leaflet.",
            finding.Message);
    }

    [Fact]
    public void A_word_with_nothing_near_it_gets_no_suggestion()
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph("Ask about the xqzvtkp service."));

        Assert.Null(finding.Suggestion);
        Assert.DoesNotContain("Did you mean", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_use_of_a_misspelt_word_is_reported()
    {
        var paragraph = "Take the tabelts with food. Do not crush the tabelts.";

        var findings = LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(
            [LanguageLeaflet.InParagraph(paragraph, "tabelts"), LanguageLeaflet.InParagraph(paragraph, "tabelts", 1)],
            findings.Select(f => f.Position()));
    }

    [Theory]
    [InlineData("Stomach pain is common.")]
    [InlineData("STOMACH PAIN IS COMMON.")]
    [InlineData("Stay in London tonight.")]
    [InlineData("Stay in LONDON tonight.")]
    public void A_lower_case_word_is_accepted_capitalised_or_in_capitals_and_a_name_in_capitals(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_name_written_in_lower_case_is_reported()
    {
        var paragraph = "Stay in london tonight.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "london"), finding.Position());
        Assert.Equal("London", finding.Suggestion);
    }

    [Fact]
    public void A_hyphenated_word_is_checked_part_by_part_and_only_the_wrong_part_is_reported()
    {
        var paragraph = "Use a needle-lkie probe.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "lkie"), finding.Position());
        Assert.Equal("like", finding.Suggestion);
    }

    [Theory]
    [InlineData("Come to the pre-assessment clinic for a non-urgent check.")]
    [InlineData("Please co-operate after your post-operative check, and re-book if needed.")]
    public void A_prefix_before_a_hyphen_is_accepted(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_prefix_on_its_own_or_at_the_end_is_still_a_word_to_check()
    {
        var paragraph = "Come for the assessment-pre visit.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "pre"), finding.Position());
    }

    [Theory]
    [InlineData("The surgeon's nurse will call.")]
    [InlineData("The surgeon\u2019s nurse will call.")]
    [InlineData("The patients' lounge is on the left.")]
    [InlineData("Don't worry, it\u2019s normal and you'll feel better.")]
    public void A_final_apostrophe_s_is_dropped_and_contractions_are_words(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_possessive_of_a_misspelt_word_is_reported_without_its_apostrophe_s()
    {
        var paragraph = "The surgoen's nurse will call.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "surgoen"), finding.Position());
        Assert.StartsWith("\"surgoen\" is not", finding.Message, StringComparison.Ordinal);
        Assert.Equal("surgeon", finding.Suggestion);
    }

    [Theory]
    [InlineData("Call 020 7188 4714 or 111, or e-mail pain.nurses@example.nhs.uk today.")]
    [InlineData("See www.nhs.uk/conditions/cryotherapy or https://www.nhsinform.scot/zzqx for more.")]
    [InlineData("Read [our page on cryotherapy](https://example.nhs.uk/xqzvtkp-wibble) first.")]
    [InlineData("Open from 9am to 5pm; COVID-19 tests are on ward 10B.")]
    [InlineData("Ask your GP, the PALS team or the NHS 111 service.")]
    public void Numbers_addresses_link_targets_and_abbreviations_are_not_checked(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void The_text_of_a_link_is_checked()
    {
        var paragraph = "Read [our page on cryotherapyy](https://example.nhs.uk/page) first.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "cryotherapyy"), finding.Position());
    }

    [Fact]
    public void A_word_in_the_leaflets_accept_list_is_not_reported_there()
    {
        var paragraph = "The cryoneuro probe is placed under the skin.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph) + "accept: [cryoneuro]\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
        Assert.Single(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
    }

    [Fact]
    public void A_leaflet_not_in_English_is_not_spell_checked()
    {
        var yaml = LanguageLeaflet.WithParagraph("Bydd y nyrs yn eich ffonio.") + "language: cy\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    [Theory]
    [InlineData("title: Living with a stoma", "title: Living with a stomma", 1, 22)]
    [InlineData("  - heading: About this leaflet", "  - heading: About this leeflet", 7, 25)]
    public void Titles_and_headings_are_checked(string line, string replacement, int expectedLine, int expectedColumn)
    {
        var yaml = LanguageLeaflet.WithParagraph("All is well.").Replace(line, replacement, StringComparison.Ordinal);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((expectedLine, expectedColumn), finding.Position());
    }

    [Theory]
    [InlineData("You will be seen on Kingfisher Ward at the Hallamshire Hospital by Mr Ayodele.")]
    [InlineData("Bring your MRCOG and ECGs letters.")] // capitals of up to six letters are acronyms
    public void Names_inside_a_sentence_and_acronyms_are_not_spelling_warnings(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_capitalised_word_that_starts_a_sentence_is_checked_as_a_word()
    {
        var finding = Assert.Single(LanguageLeaflet.Check(Rule,
            LanguageLeaflet.WithParagraph("Plese ring us. Pembury staff will help.").Replace("Pembury", "Kingfisher",
            StringComparison.Ordinal)));
        Assert.Contains("\"Plese\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_miss_of_a_name_used_more_often_is_still_reported()
    {
        var paragraph = "Park at the Hallamshire Hospital. The Hallamshire Hospital cafe opens at 9am. The Hallamshire "
            + "Hospital shop too. Ask at the Hallamshre Hospital desk.";
        var finding = Assert.Single(LanguageLeaflet.Check(new SpellingInconsistentRule(),
            LanguageLeaflet.WithParagraph(paragraph)));
        Assert.Equal("Hallamshire", finding.Suggestion);
    }

    [Theory]
    [InlineData("Good footcare matters.", 0)]
    [InlineData("Wash your hands at the handbasin.", 0)]
    [InlineData("Use the handbsin at night.", 1)] // not two words
    [InlineData("Call us if the vomitting does not stop.", 1)] // "vomit" and "ting": not two common words
    [InlineData("Wear your handsplnt.", 1)]
    public void Two_known_words_of_four_letters_or_more_written_as_one_are_a_word(string paragraph, int findings) =>
        Assert.Equal(findings, LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)).Count);
}
