using System.Globalization;
using System.Text;

namespace LeafletTool.Bench;

/// <summary>Leaflets of about 1,000 words made from the real leaflet's sentences, each with one typo and one made-up
/// word.</summary>
internal static class GeneratedLeaflets
{
    private static readonly string[] Sentences =
    [
        "Cryotherapy is the application of cold as a medical therapy.",
        "For chronic pain we use cryotherapy to interrupt pain signals.",
        "We do this by working out which nerves carry the pain signals, and using a cryotherapy probe to freeze these "
            + "nerves.",
        "As the freezing does not cause long-term destruction of nerves, it is considered safer than radiofrequency "
            + "denervation.",
        "There is a risk of bleeding, infection or direct injury to the nerves themselves.",
        "In the short term, pain might get worse for a few weeks.",
        "Your doctor will discuss these risks with you before considering this therapy.",
        "If you have flu, cold or cough symptoms, chest problems, diarrhoea or vomiting, you must contact the number "
            + "on your admission letter.",
        "We want to involve you in decisions about your care and treatment.",
        "An X-ray machine will be used to make sure we insert the cryotherapy needle accurately.",
        "You will feel a stinging sensation as local anaesthetic is injected to numb the skin.",
        "After the procedure you will be taken to a recovery area where nursing staff will monitor you.",
        "Please make sure that you have made arrangements for someone to collect you after the procedure.",
        "The ward is open from 9am to 5pm, Monday to Friday.",
        "About 2 months after the procedure, you will receive an appointment for a telephone consultation.",
    ];

    private static readonly string[] Typos = ["recieve", "paracetomol", "anaesthatic", "temprature", "swolen",
        "medecine", "cyrotherapy", "apointment"];

    public static IEnumerable<(string Name, string Yaml)> Make(int count, int offset)
    {
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var yaml = new StringBuilder();
            yaml.Append(CultureInfo.InvariantCulture,
                $"title: Generated leaflet {i}\nresource_number: {1000 + i % 9000}/VER1\npublished: 2024-01\n");
            yaml.Append("review: 2027-01\nowner: Bench team\n");
            yaml.Append("summary: >-\n  ").Append(Sentences[0]).Append(' ').Append(Sentences[1]).Append('\n');
            yaml.Append("sections:\n");
            var words = 0;
            for (var section = 0; words < 1000; section++)
            {
                yaml.Append(CultureInfo.InvariantCulture,
                    $"  - heading: Part {section + 1} of the treatment\n    body:\n");
                for (var paragraph = 0; paragraph < 3 && words < 1000; paragraph++)
                {
                    yaml.Append("      - >-\n");
                    for (var s = 0; s < 4; s++)
                    {
                        var sentence = Sentences[random.Next(Sentences.Length)];
                        if (section == 1 && paragraph == 0 && s == 0)
                            sentence = sentence.Replace("the ", Typos[i % Typos.Length] + " the ",
                                StringComparison.Ordinal);
                        if (section == 2 && paragraph == 0 && s == 0)
                            sentence += $" Ask about Zent{Name(i + offset)}ax.";
                        yaml.Append("        ").Append(sentence).Append('\n');
                        words += sentence.Split(' ').Length;
                    }
                }
            }

            yaml.Append("contacts:\n  - name: Bench team\n    phone: 020 7188 4714\n    hours: Monday to Friday, 9am "
                + "to 5pm\n");
            yaml.Append("out_of_hours: Out of hours, please contact a local healthcare provider.\n");
            yield return ($"leaflets/generated-{i:00000}.yaml", yaml.ToString());
        }
    }

    /// <summary>A made-up, pronounceable piece of a word, different for each leaflet.</summary>
    private static string Name(int i)
    {
        const string consonants = "bdfklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        do
        {
            builder.Append(consonants[i % consonants.Length]).Append(vowels[i / consonants.Length % vowels.Length]);
            i /= consonants.Length * vowels.Length;
        }
        while (i > 0);
        return builder.ToString();
    }
}
