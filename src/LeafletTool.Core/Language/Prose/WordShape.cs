namespace LeafletTool.Core.Language.Prose;

/// <summary>How a word is capitalised, for the case rules of the spelling check.</summary>
public enum WordShape
{
    /// <summary>no capitals: "therapy"</summary>
    Lower,

    /// <summary>a capital first, then none: "Therapy"</summary>
    Capitalised,

    /// <summary>every letter a capital: "THERAPY"</summary>
    Capitals,

    /// <summary>anything else: "iPhone", "McDonald"</summary>
    Mixed,
}

public static class WordShapes
{
    public static WordShape Of(ReadOnlySpan<char> word)
    {
        var upper = 0;
        var letters = 0;
        var firstUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetter(c)) continue;
            if (char.IsUpper(c))
            {
                if (letters == 0) firstUpper = true;
                upper++;
            }

            letters++;
        }

        if (upper == 0) return WordShape.Lower;
        if (upper == letters) return letters == 1 ? WordShape.Capitalised : WordShape.Capitals;
        return upper == 1 && firstUpper ? WordShape.Capitalised : WordShape.Mixed;
    }

    /// <summary>Writes <paramref name="word"/> in the capitalisation of <paramref name="shape"/>: "cryotherapy" as
    /// "Cryotherapy".</summary>
    public static string Apply(WordShape shape, string word) => shape switch
    {
        WordShape.Capitals => word.ToUpperInvariant(),
        WordShape.Capitalised when word.Length > 0 && char.IsLower(word[0])
            => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };
}
