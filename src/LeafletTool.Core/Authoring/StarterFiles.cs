using System.Globalization;
using LeafletTool.Core.Schema;

namespace LeafletTool.Core.Authoring;

/// <summary>
/// The files <c>leaflet init</c> writes for a new trust. Nothing is asked: what the tool can fill is filled with the
/// defaults of SPEC.md "Configuration", and what only the trust knows (its name, its footer) is left as a comment
/// marked "Fill in", so that the folder checks cleanly from the start and nothing made up is ever published.
/// </summary>
public static class StarterFiles
{
    public const string StarterSlug = "first-leaflet";

    public const string Config = """
        # LeafletTool settings for this trust's leaflets, made by "leaflet init".
        # Every setting is optional. A line starting with # is a note, or a setting you can turn on by deleting the #.
        # Lines marked "Fill in" are for you to complete.

        # Fill in: your trust's name, as it should appear on every leaflet. Delete the # and write it:
        # organisation: Example NHS Foundation Trust

        # The language the leaflets are written in: en-GB is British English.
        language: en-GB

        # What a resource number looks like: 4 digits, /VER and the version, such as 0123/VER1.
        resource_number_pattern: '^\d{4}/VER[1-9]\d*$'

        review:
          max_interval_months: 36   # the longest time from publication to review
          due_soon_days: 90         # the report says "due soon" this many days before the review date

        readability:
          max_smog: 12              # SMOG grade; the NHS prioritises content over 14
          max_sentence_words: 20    # NHS plain-English guidance

        # The house dictionary: words the spelling check accepts, one a line.
        dictionary: dictionary.txt

        # How strict each rule is: error, warning, info or off (the rules are listed in the README). For example:
        # rules:
        #   review-overdue: error

        # Shown on every leaflet (Accessible Information Standard). Fill in: change it if your trust words it
        # differently.
        alternative_formats: >-
          If you would like this leaflet in another language or format, such as large print,
          Braille or audio, please contact us.

        # Fill in: shown at the end of every leaflet, such as how to reach your Patient Advice and Liaison
        # Service (PALS). Delete the # signs and write it:
        # footer: >-
        #   Do you have any comments or concerns about your care? Contact our Patient Advice and
        #   Liaison Service (PALS).

        # Abbreviations your leaflets may use without spelling them out, and plain words to suggest:
        # abbreviations: [PALS, ICU]
        # plain_words:
        #   utilise: use

        """;

    public const string Dictionary = """
        # House dictionary: this trust's own words, which no shared list can know (local place names, local terms,
        # product names). One word a line; a line starting with # is a note.
        # Medical words need no entry: the tool has a built-in medical lexicon.

        """;

    public const string VsCodeExtensions = """
        {
          "recommendations": [
            "redhat.vscode-yaml"
          ]
        }

        """;

    /// <summary>Maps the schema to the leaflets of <paramref name="leafletsFolder"/> (relative, with
    /// <c>/</c>).</summary>
    public static string VsCodeSettings(string leafletsFolder) => $$"""
        {
          "yaml.schemas": {
            "./{{leafletsFolder}}/{{LeafletSchema.FileName}}": "{{leafletsFolder}}/*.yaml"
          }
        }

        """;

    /// <summary>
    /// A complete leaflet that passes every check: it shows the shape of a leaflet (paragraphs, a list, a note, a
    /// contact) in words that explain themselves, and is meant to be changed or deleted. Its contact is NHS 111,
    /// which is true anywhere in England.
    /// </summary>
    public static string StarterLeaflet(string resourceNumber, DateOnly today, int maxIntervalMonths)
    {
        var published = new DateOnly(today.Year, today.Month, 1);
        var review = published.AddMonths(maxIntervalMonths);
        return $$"""
            {{LeafletSchema.ModelineForSameFolder}}
            # A first leaflet, made by "leaflet init" to show how a leaflet is written. Change it or delete it.
            title: Your first leaflet
            resource_number: {{resourceNumber}}
            published: {{Month(published)}}
            review: {{Month(review)}}
            owner: Patient information team
            summary: >-
              This leaflet shows how a leaflet is written. Change the words to make it your own.
            sections:
              - heading: How a leaflet is set out
                body:
                  - Each section has a heading and a body. The body is a list of blocks.
                  - bullets:
                      - A paragraph is a line of text.
                      - A list of points starts with the word bullets.
                      - A list of numbered steps starts with the word steps.
                  - note: A note is shown in a box, so that readers see it.
              - heading: Before you publish it
                body:
                  - steps:
                      - Check the leaflet with the validate command.
                      - Fix each problem it finds.
                      - Make the web page and the print page with the build command.
            contacts:
              - name: NHS 111
                phone: "111"
                hours: Open 24 hours a day, 7 days a week

            """;
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
