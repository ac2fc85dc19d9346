namespace LeafletTool.Core.Diagnostics;

/// <summary>
/// Every rule id and its default severity, in one place. Users put these ids in
/// <c>leaflettool.yaml</c>; SARIF, <c>--help</c> and the README's table are generated from this list.
/// </summary>
public static class RuleCatalogue
{
    public static readonly RuleInfo UnreadableFile = new("unreadable-file", Severity.Error,
        "The file cannot be read as a leaflet: it is too large, not UTF-8 text, or cannot be opened.");
    public static readonly RuleInfo YamlSyntax = new("yaml-syntax", Severity.Error,
        "The file is not valid YAML.");
    public static readonly RuleInfo UnknownField = new("unknown-field", Severity.Error,
        "A key the leaflet format does not have; the nearest real key is suggested.");
    public static readonly RuleInfo MissingField = new("missing-field", Severity.Error,
        "A required field is absent or empty.");
    public static readonly RuleInfo InvalidValue = new("invalid-value", Severity.Error,
        "A value of the wrong shape, such as a list where text belongs or a body block with two kinds.");
    public static readonly RuleInfo SlugFormat = new("slug-format", Severity.Error,
        "The file name is not a valid slug: lower-case letters, digits and single hyphens.");
    public static readonly RuleInfo ResourceNumberFormat = new("resource-number-format", Severity.Error,
        "The resource number does not match the configured pattern.");
    public static readonly RuleInfo ResourceNumberDuplicate = new("resource-number-duplicate", Severity.Error,
        "Two leaflets share a resource number (reported on each).");
    public static readonly RuleInfo DateFormat = new("date-format", Severity.Error,
        "A date is not YYYY-MM or YYYY-MM-DD, or is not a real date.");
    public static readonly RuleInfo ReviewBeforePublished = new("review-before-published", Severity.Error,
        "The review date is not after the published date.");
    public static readonly RuleInfo ReviewInterval = new("review-interval", Severity.Warning,
        "The review date is more than max_interval_months after the published date.");
    public static readonly RuleInfo ReviewOverdue = new("review-overdue", Severity.Warning,
        "The review date has passed.");
    public static readonly RuleInfo ReviewDueSoon = new("review-due-soon", Severity.Info,
        "The review date is within due_soon_days.");
    public static readonly RuleInfo PublishedInFuture = new("published-in-future", Severity.Warning,
        "The published date is after today.");
    public static readonly RuleInfo PhoneFormat = new("phone-format", Severity.Error,
        "Not a UK phone number: 0 and 10 more digits, +44 and 10 digits, or a service number such as 111.");
    public static readonly RuleInfo EmailFormat = new("email-format", Severity.Error,
        "Not a plausible e-mail address.");
    public static readonly RuleInfo LinkFormat = new("link-format", Severity.Error,
        "A link that is not https:// (or mailto: / tel:), or is malformed.");
    public static readonly RuleInfo PlaceholderText = new("placeholder-text", Severity.Error,
        "Left-over drafting text: TODO, TBC, XXX, lorem ipsum, [insert ...].");
    public static readonly RuleInfo CommentInText = new("comment-in-text", Severity.Error,
        "A \" #\" in an unquoted prose value starts a YAML comment: the words after it are not in the leaflet.");
    public static readonly RuleInfo HiddenCharacters = new("hidden-characters", Severity.Warning,
        "Zero-width, soft-hyphen, bidirectional or control characters, or a non-breaking space inside a word, in the "
        + "text (often pasted from Word or PDF).");
    public static readonly RuleInfo Spelling = new("spelling", Severity.Warning,
        "A word in neither the British English dictionary nor the house dictionary.");
    public static readonly RuleInfo SpellingInconsistent = new("spelling-inconsistent", Severity.Warning,
        "An unknown word that is a near-miss of a word used much more often, or of a house-dictionary word.");
    public static readonly RuleInfo AmericanSpelling = new("american-spelling", Severity.Warning,
        "An American spelling where British English is set.");
    public static readonly RuleInfo RepeatedWord = new("repeated-word", Severity.Warning,
        "The same word twice in a row.");
    public static readonly RuleInfo TimeFormat = new("time-format", Severity.Warning,
        "A time or range not in the NHS style (write 5pm, midday, 9am to 5pm).");
    public static readonly RuleInfo Readability = new("readability", Severity.Warning,
        "The leaflet's SMOG grade is above the configured maximum.");
    public static readonly RuleInfo SentenceLength = new("sentence-length", Severity.Info,
        "A sentence longer than max_sentence_words.");
    public static readonly RuleInfo PlainWords = new("plain-words", Severity.Warning,
        "A formal word or phrase with an everyday alternative (\"prior to\": write \"before\").");
    public static readonly RuleInfo MedicalJargon = new("medical-jargon", Severity.Info,
        "A medical term with everyday words for it, not explained in brackets where it is first used.");
    public static readonly RuleInfo AbbreviationUnexplained = new("abbreviation-unexplained", Severity.Warning,
        "An abbreviation not spelt out at its first use, and not one that patients know or the config lists.");
    public static readonly RuleInfo HeadingCase = new("heading-case", Severity.Warning,
        "A heading in title case or capitals instead of sentence case.");
    public static readonly RuleInfo LinkText = new("link-text", Severity.Warning,
        "Link text that says nothing on its own (\"click here\", \"read more\", the bare address).");
    public static readonly RuleInfo DateStyle = new("date-style", Severity.Warning,
        "A date not written as \"6 August 2026\" (\"6th August\", \"August 6\", \"06/08/2026\").");
    public static readonly RuleInfo LatinAbbreviation = new("latin-abbreviation", Severity.Warning,
        "\"e.g.\", \"i.e.\", \"etc.\" or \"NB\": write \"for example\", \"that is\", \"and so on\".");
    public static readonly RuleInfo NumberRange = new("number-range", Severity.Warning,
        "A range written with a hyphen or dash (\"2-3 weeks\"): write \"2 to 3 weeks\".");
    public static readonly RuleInfo BlockCapitals = new("block-capitals", Severity.Warning,
        "Two or more words in capitals that are not abbreviations (\"DO NOT EAT\").");
    public static readonly RuleInfo VersionNotBumped = new("version-not-bumped", Severity.Error,
        "With --base: what a patient reads changed but the resource number's version did not go up.");
    public static readonly RuleInfo PublishedNotUpdated = new("published-not-updated", Severity.Warning,
        "With --base: what a patient reads changed but the published date did not.");
    public static readonly RuleInfo ResourceNumberChanged = new("resource-number-changed", Severity.Warning,
        "With --base: the resource number's base (the part before the version) changed.");

    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        UnreadableFile, YamlSyntax, UnknownField, MissingField, InvalidValue, SlugFormat,
        ResourceNumberFormat, ResourceNumberDuplicate, DateFormat, ReviewBeforePublished,
        ReviewInterval, ReviewOverdue, ReviewDueSoon, PublishedInFuture, PhoneFormat,
        EmailFormat, LinkFormat, PlaceholderText, CommentInText, HiddenCharacters, Spelling, SpellingInconsistent,
        AmericanSpelling, RepeatedWord, TimeFormat, Readability, SentenceLength, PlainWords, MedicalJargon,
        AbbreviationUnexplained, HeadingCase, LinkText, DateStyle, LatinAbbreviation, NumberRange, BlockCapitals,
        VersionNotBumped, PublishedNotUpdated, ResourceNumberChanged,
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleInfo? Find(string id) => ById.GetValueOrDefault(id);
}
