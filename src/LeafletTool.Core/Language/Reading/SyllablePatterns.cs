using System.Text.RegularExpressions;

namespace LeafletTool.Core.Language.Reading;

/// <summary>The expressions and the problematic words of the npm package <c>syllable</c> 5.0.1, unchanged (MIT, Titus
/// Wormer).</summary>
public static partial class Syllables
{
    /// <summary>Words the rules miscount, with their plurals (as the package finds them through
    /// <c>pluralize</c>).</summary>
    private static readonly Dictionary<string, int> Problematic = new(StringComparer.Ordinal)
    {
        ["abalone"] = 4,
        ["abalones"] = 4,
        ["abare"] = 3,
        ["abares"] = 3,
        ["abbruzzese"] = 4,
        ["abed"] = 2,
        ["abeds"] = 2,
        ["aborigine"] = 5,
        ["aborigines"] = 5,
        ["abruzzese"] = 4,
        ["acreage"] = 3,
        ["acreages"] = 3,
        ["adame"] = 3,
        ["adames"] = 3,
        ["adieu"] = 2,
        ["adobe"] = 3,
        ["adobes"] = 3,
        ["anemone"] = 4,
        ["anemones"] = 4,
        ["anyone"] = 3,
        ["anyones"] = 3,
        ["apache"] = 3,
        ["aphrodite"] = 4,
        ["aphrodites"] = 4,
        ["apostrophe"] = 4,
        ["apostrophes"] = 4,
        ["ariadne"] = 4,
        ["ariadnes"] = 4,
        ["cafe"] = 2,
        ["cafes"] = 2,
        ["calliope"] = 4,
        ["calliopes"] = 4,
        ["catastrophe"] = 4,
        ["catastrophes"] = 4,
        ["chile"] = 2,
        ["chiles"] = 2,
        ["chloe"] = 2,
        ["chloes"] = 2,
        ["circe"] = 2,
        ["circes"] = 2,
        ["coyote"] = 3,
        ["coyotes"] = 3,
        ["daphne"] = 2,
        ["daphnes"] = 2,
        ["epitome"] = 4,
        ["epitomes"] = 4,
        ["eurydice"] = 4,
        ["eurydices"] = 4,
        ["euterpe"] = 3,
        ["euterpes"] = 3,
        ["every"] = 2,
        ["everies"] = 2,
        ["everywhere"] = 3,
        ["everywheres"] = 3,
        ["forever"] = 3,
        ["forevers"] = 3,
        ["gethsemane"] = 4,
        ["gethsemanes"] = 4,
        ["guacamole"] = 4,
        ["guacamoles"] = 4,
        ["hermione"] = 4,
        ["hermiones"] = 4,
        ["hyperbole"] = 4,
        ["hyperboles"] = 4,
        ["jesse"] = 2,
        ["jukebox"] = 2,
        ["jukeboxes"] = 2,
        ["karate"] = 3,
        ["karates"] = 3,
        ["machete"] = 3,
        ["machetes"] = 3,
        ["maybe"] = 2,
        ["maybes"] = 2,
        ["naive"] = 2,
        ["naives"] = 2,
        ["newlywed"] = 3,
        ["newlyweds"] = 3,
        ["penelope"] = 4,
        ["penelopes"] = 4,
        ["people"] = 2,
        ["persephone"] = 4,
        ["persephones"] = 4,
        ["phoebe"] = 2,
        ["phoebes"] = 2,
        ["pulse"] = 1,
        ["pulses"] = 1,
        ["queue"] = 1,
        ["queues"] = 1,
        ["recipe"] = 3,
        ["recipes"] = 3,
        ["riverbed"] = 3,
        ["riverbeds"] = 3,
        ["sesame"] = 3,
        ["sesames"] = 3,
        ["shoreline"] = 2,
        ["shorelines"] = 2,
        ["simile"] = 3,
        ["similes"] = 3,
        ["snuffleupagus"] = 5,
        ["snuffleupaguses"] = 5,
        ["sometimes"] = 2,
        ["syncope"] = 3,
        ["syncopes"] = 3,
        ["tamale"] = 3,
        ["tamales"] = 3,
        ["waterbed"] = 3,
        ["waterbeds"] = 3,
        ["wednesday"] = 2,
        ["wednesdays"] = 2,
        ["yosemite"] = 4,
        ["yosemites"] = 4,
        ["zoe"] = 2,
        ["zoes"] = 2,
    };

    [GeneratedRegex(
        "awe($|d|so)|cia(?:l|$)|tia|cius|cious|[^aeiou]giu|[aeiouy][^aeiouy]ion|iou|sia$|eous$|[oa]gue$|"
        + ".[^aeiuoycgltdb]{2,}ed$|.ely$|^jua|uai|eau|^busi$|(?:[aeiouy](?:[bcfgklmnprsvwxyz]|ch|dg|g[hn]|"
        + "lch|l[lv]|mm|nch|n[cgn]|r[bcnsv]|squ|s[chkls]|th)ed$)|(?:[aeiouy](?:[bdfklmnprstvy]|ch|g[hn]|lch|"
        + "l[lv]|mm|nch|nn|r[nsv]|squ|s[cklst]|th)es$)")]
    private static partial Regex MonosyllabicOne();

    [GeneratedRegex("[aeiouy](?:[bcdfgklmnprstvyz]|ch|dg|g[hn]|l[lv]|mm|n[cgns]|r[cnsv]|squ|s[cklst]|th)e$")]
    private static partial Regex MonosyllabicTwo();

    [GeneratedRegex(
        "(?:([^aeiouy])\\1l|[^aeiouy]ie(?:r|s?t)|[aeiouym]bl|eo|ism|asm|thm|dnt|snt|uity|dea|gean|oa|ua|"
        + "react?|orbed|shred|eings?|[aeiouy]sh?e[rs])$")]
    private static partial Regex DoubleSyllabicOne();

    [GeneratedRegex("creat(?!u)|[^gq]ua[^auieo]|[aeiou]{3}|^(?:ia|mc|coa[dglx].)|^re(app|es|im|us)|(th|d)eist")]
    private static partial Regex DoubleSyllabicTwo();

    [GeneratedRegex(
        "[^aeiou]y[ae]|[^l]lien|riet|dien|iu|io|ii|uen|[aeilotu]real|real[aeilotu]|iell|eo[^aeiou]|[aeiou]y[aeiou]")]
    private static partial Regex DoubleSyllabicThree();

    [GeneratedRegex("[^s]ia")]
    private static partial Regex DoubleSyllabicFour();

    [GeneratedRegex(
        "^(?:un|fore|ware|none?|out|post|sub|pre|pro|dis|side|some)|(?:ly|less|some|ful|ers?|ness|cians?|"
        + "ments?|ettes?|villes?|ships?|sides?|ports?|shires?|[gnst]ion(?:ed|s)?)$")]
    private static partial Regex Single();

    [GeneratedRegex(
        "^(?:above|anti|ante|counter|hyper|afore|agri|infra|intra|inter|over|semi|ultra|under|extra|dia|"
        + "micro|mega|kilo|pico|nano|macro|somer)|(?:fully|berry|woman|women|edly|union|"
        + "((?:[bcdfghjklmnpqrstvwxz])|[aeiou])ye?ing)$")]
    private static partial Regex Double();

    [GeneratedRegex("(creations?|ology|ologist|onomy|onomist)$")]
    private static partial Regex Triple();

    [GeneratedRegex("[^aeiouy]+")]
    private static partial Regex NonVowels();
}
