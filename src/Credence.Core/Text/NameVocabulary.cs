namespace Credence.Core.Text;

/// <summary>
/// The fixed word lists normalisation uses: honorifics and ranks, legal forms, particles and generic words. All entries are
/// normalised tokens (lower-case ASCII, no punctuation).
/// </summary>
internal static class NameVocabulary
{
    /// <summary>
    /// Titles, honorifics and military or police ranks dropped from the start of a person's name, including the Burmese
    /// honorifics U, Daw, Ko, Ma, Maung, Saw, Naw, Sai and Nang.
    /// </summary>
    public static readonly HashSet<string> LeadingTitles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "hon", "honourable",
        "honorable", "excellency", "he", "hrh", "sheikh", "shaikh", "sheik", "shaykh", "emir", "prince", "princess", "king", "queen",
        "president", "minister", "senator", "judge", "rev", "reverend", "father", "fr", "bishop", "archbishop", "imam", "mullah",
        "mulla", "maulana", "maulvi", "mawlawi", "ayatollah", "hojatoleslam", "ustad", "ustadh", "qari", "haji", "hajji", "alhaji",
        "monsieur", "madame", "prasident", "presidente", "president", "mme", "mlle", "herr", "frau", "senor", "senora", "sr", "sra", "signor", "signora", "gospodin",
        // Burmese honorifics.
        "u", "daw", "ko", "ma", "maung", "saw", "naw", "sai", "nang", "bo", "thakin", "thra",
        // Ranks (English and abbreviated), military and police.
        "senior", "vice", "deputy", "general", "gen", "genl", "lieutenant", "lt", "lieut", "major", "maj", "brigadier", "brig",
        "colonel", "col", "captain", "capt", "cpt", "commander", "cmdr", "cdr", "commodore", "admiral", "adm", "rear", "air",
        "marshal", "chief", "field", "sergeant", "sgt", "corporal", "cpl", "private", "pvt", "officer", "police", "pol",
        "superintendent", "supt", "inspector", "insp", "commissioner", "comm", "director", "staff", "second", "first", "2nd", "1st",
        "lieutenantgeneral", "majorgeneral", "brigadiergeneral", "ltgen", "majgen", "briggen", "ltcol", "polcol", "polmajgen",
        "polbriggen", "polltgen",
    };

    /// <summary>
    /// Common syllables of Burmese personal names in their usual English spelling. Burmese names have no family name and no
    /// middle name: every syllable is part of the name, so "Soe Hlaing Win" is not "Soe Win" with a middle name.
    /// </summary>
    public static readonly HashSet<string> BurmeseSyllables = new(StringComparer.Ordinal)
    {
        "aung", "min", "hlaing", "soe", "win", "than", "kyaw", "zaw", "tun", "htun", "myint", "thein", "swe", "nyunt", "khin",
        "maung", "naing", "ye", "wai", "phyo", "thu", "lwin", "moe", "myo", "htet", "hla", "thant", "oo", "thura", "thet", "zin",
        "mya", "nyein", "san", "shwe", "thaung", "hnin", "phyu", "yin", "ei", "khaing", "kyi", "su", "nay", "paing", "pyae",
        "sithu", "tint", "toe", "wunna", "zeya", "lin", "naung", "ko", "nyi", "htay", "kyu", "aye", "chit", "thiha", "tin", "yan",
        "yu", "sein", "htoo", "wint", "khine", "yee", "myat", "thwin", "nwe", "lay", "kyin", "pyi", "han", "sa", "lwan", "hein",
        "htin", "tha", "zeyar", "nanda", "sandar", "thida", "myanmar", "bo", "tay", "thuya", "pe", "maw", "yar", "kaung",
        "dwe", "nyan", "zwe", "hset", "thurein", "saw", "daw", "u", "nyo", "yadanar", "theint", "thinzar", "ngwe", "sai",
    };

    /// <summary>Ship prefixes dropped from the start of a vessel's name ("MV Hellenic Spirit").</summary>
    public static readonly HashSet<string> VesselPrefixes = new(StringComparer.Ordinal)
    {
        "mv", "mt", "ms", "ss", "mvs", "mty", "fv", "hmv", "lng", "lpg", "tanker", "vessel", "ship", "yacht", "my", "sy",
    };

    /// <summary>Legal forms to their canonical token: "limited" and "ltd" are one token, as are "OAO", "JSC" and "open joint stock company".</summary>
    public static readonly Dictionary<string, string> LegalForms = new(StringComparer.Ordinal)
    {
        ["ltd"] = "ltd",
        ["limited"] = "ltd",
        ["ltda"] = "ltd",
        ["ld"] = "ltd",
        ["co"] = "co",
        ["company"] = "co",
        ["cie"] = "co",
        ["companie"] = "co",
        ["compania"] = "co",
        ["compagnie"] = "co",
        ["corp"] = "corp",
        ["corporation"] = "corp",
        ["corpn"] = "corp",
        ["inc"] = "inc",
        ["incorporated"] = "inc",
        ["plc"] = "plc",
        ["llc"] = "llc",
        ["llp"] = "llp",
        ["lp"] = "lp",
        ["ooo"] = "llc",
        ["tov"] = "llc",
        ["too"] = "llc",
        ["ag"] = "ag",
        ["aktiengesellschaft"] = "ag",
        ["aktiengeselschaft"] = "ag",
        ["gmbh"] = "gmbh",
        ["mbh"] = "gmbh",
        ["sa"] = "sa",
        ["sas"] = "sas",
        ["sarl"] = "sarl",
        ["srl"] = "srl",
        ["spa"] = "spa",
        ["sl"] = "sl",
        ["sac"] = "sac",
        ["bv"] = "bv",
        ["nv"] = "nv",
        ["kg"] = "kg",
        ["kgaa"] = "kgaa",
        ["se"] = "se",
        ["as"] = "as",
        ["asa"] = "asa",
        ["ab"] = "ab",
        ["oy"] = "oy",
        ["oyj"] = "oy",
        ["aps"] = "aps",
        ["pte"] = "pte",
        ["pty"] = "pty",
        ["pvt"] = "pvt",
        ["bhd"] = "bhd",
        ["sdn"] = "sdn",
        ["jsc"] = "jsc",
        ["ojsc"] = "jsc",
        ["oao"] = "jsc",
        ["ao"] = "jsc",
        ["pao"] = "jsc",
        ["pjsc"] = "jsc",
        ["zao"] = "jsc",
        ["cjsc"] = "jsc",
        ["ojs"] = "jsc",
        ["jstock"] = "jsc",
        ["fzco"] = "fzco",
        ["fze"] = "fze",
        ["fzc"] = "fzc",
        ["dmcc"] = "dmcc",
        ["kft"] = "kft",
        ["zrt"] = "zrt",
        ["doo"] = "doo",
        ["dd"] = "dd",
        ["spzoo"] = "spzoo",
        ["sro"] = "sro",
        ["tic"] = "tic",
        ["sti"] = "sti",
        ["tbk"] = "tbk",
        ["pt"] = "pt",
        ["cv"] = "cv",
        ["eirl"] = "eirl",
        ["gie"] = "gie",
        ["sccl"] = "sccl",
        ["cooperative"] = "coop",
        ["coop"] = "coop",
        ["aktiebolag"] = "ab",
        ["osakeyhtio"] = "oy",
        ["llp"] = "llp",
    };

    /// <summary>Multi-word legal forms, longest first, each mapped to its canonical token.</summary>
    public static readonly (string[] Words, string Canonical)[] LegalFormPhrases =
    [
        (["societatea", "cu", "raspundere", "limitata"], "srl"),
        (["obshchestvo", "s", "ogranichennoi", "otvetstvennostiu"], "llc"),
        (["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"], "llc"),
        (["publichnoe", "aktsionernoe", "obshchestvo"], "jsc"),
        (["otkrytoe", "aktsionernoe", "obshchestvo"], "jsc"),
        (["zakrytoe", "aktsionernoe", "obshchestvo"], "jsc"),
        (["aktsionernoe", "obshchestvo"], "jsc"),
        (["sociedad", "anonima"], "sa"),
        (["societe", "anonyme"], "sa"),
        (["societa", "per", "azioni"], "spa"),
        (["sociedad", "limitada"], "sl"),
        (["public", "joint", "stock", "company"], "jsc"),
        (["open", "joint", "stock", "company"], "jsc"),
        (["closed", "joint", "stock", "company"], "jsc"),
        (["joint", "stock", "company"], "jsc"),
        (["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"),
        (["limited", "liability", "company"], "llc"),
        (["limited", "liability", "partnership"], "llp"),
        (["public", "limited", "company"], "plc"),
        (["public", "company", "limited"], "plc"),
        (["public", "co", "ltd"], "plc"),
        (["public", "company", "ltd"], "plc"),
        (["company", "limited"], "ltd"),
        (["co", "ltd"], "ltd"),
        (["company", "ltd"], "ltd"),
        (["co", "limited"], "ltd"),
        (["private", "limited"], "ltd"),
        (["pvt", "ltd"], "ltd"),
        (["pte", "ltd"], "ltd"),
        (["pty", "ltd"], "ltd"),
        (["sdn", "bhd"], "ltd"),
        (["sp", "z", "o", "o"], "spzoo"),
        (["s", "r", "o"], "sro"),
        (["d", "o", "o"], "doo"),
        (["s", "a"], "sa"),
        (["s", "l"], "sl"),
        (["s", "r", "l"], "srl"),
        (["s", "p", "a"], "spa"),
        (["b", "v"], "bv"),
        (["n", "v"], "nv"),
    ];

    /// <summary>Name particles (Arabic, Dutch, German, Romance), mapped to one spelling: "ben" and "ibn" are "bin", "el" is "al".</summary>
    public static readonly Dictionary<string, string> Particles = new(StringComparer.Ordinal)
    {
        ["al"] = "al",
        ["el"] = "al",
        ["ul"] = "al",
        ["ad"] = "al",
        ["ar"] = "al",
        ["as"] = "al",
        ["ash"] = "al",
        ["at"] = "al",
        ["az"] = "al",
        ["an"] = "al",
        ["bin"] = "bin",
        ["ben"] = "bin",
        ["ibn"] = "bin",
        ["bn"] = "bin",
        ["bint"] = "bint",
        ["binti"] = "bint",
        ["abu"] = "abu",
        ["abou"] = "abu",
        ["abo"] = "abu",
        ["umm"] = "umm",
        ["um"] = "umm",
        ["van"] = "van",
        ["von"] = "von",
        ["der"] = "der",
        ["den"] = "den",
        ["ter"] = "ter",
        ["zu"] = "zu",
        ["de"] = "de",
        ["del"] = "del",
        ["della"] = "della",
        ["da"] = "da",
        ["das"] = "das",
        ["dos"] = "dos",
        ["do"] = "do",
        ["di"] = "di",
        ["du"] = "du",
        ["la"] = "la",
        ["le"] = "le",
        ["los"] = "los",
        ["y"] = "y",
        ["e"] = "e",
    };

    /// <summary>Function words and generic organisation words: they count little.</summary>
    public static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "et", "les", "des", "der",
        "group", "groups", "holding", "holdings", "international", "intl", "trading", "trade", "enterprise", "enterprises",
        "industries", "industry", "industrial", "services", "service", "global", "general", "national", "investment",
        "investments", "management", "development", "import", "export", "imports", "exports", "organization", "organisation",
        "society", "association", "foundation", "fund", "partners", "solutions", "systems", "technology", "technologies",
    };

    /// <summary>Number words to digits, so "Brigade Forty-Four" meets "Brigade 44".</summary>
    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>Ordinals that stand for numbers in organisation and vessel names ("1st" and "First" are both 1).</summary>
    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["1st"] = 1,
        ["second"] = 2,
        ["2nd"] = 2,
        ["third"] = 3,
        ["3rd"] = 3,
        ["fourth"] = 4,
        ["4th"] = 4,
        ["fifth"] = 5,
        ["5th"] = 5,
        ["sixth"] = 6,
        ["6th"] = 6,
        ["seventh"] = 7,
        ["7th"] = 7,
        ["eighth"] = 8,
        ["8th"] = 8,
        ["ninth"] = 9,
        ["9th"] = 9,
        ["tenth"] = 10,
        ["10th"] = 10,
    };

    /// <summary>Roman numerals that mark a series in organisation and vessel names ("Fund IV").</summary>
    public static readonly Dictionary<string, int> RomanNumerals = new(StringComparer.Ordinal)
    {
        ["ii"] = 2,
        ["iii"] = 3,
        ["iv"] = 4,
        ["vi"] = 6,
        ["vii"] = 7,
        ["viii"] = 8,
        ["ix"] = 9,
        ["xi"] = 11,
        ["xii"] = 12,
        ["xiii"] = 13,
        ["xiv"] = 14,
        ["xv"] = 15,
        ["xvi"] = 16,
        ["xvii"] = 17,
        ["xviii"] = 18,
        ["xix"] = 19,
        ["xx"] = 20,
    };

    /// <summary>Abbreviations written out, so both spellings meet: "intl" is "international".</summary>
    public static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["intl"] = "international",
        ["natl"] = "national",
        ["dept"] = "department",
        ["assn"] = "association",
        ["univ"] = "university",
        ["mfg"] = "manufacturing",
        ["bros"] = "brothers",
        ["ent"] = "enterprise",
    };

    /// <summary>
    /// Abbreviations of countries and unions written out in organisations' names only ("U.S. Department of State" is "United
    /// States Department of State"); in a person's name "Un" is a given name.
    /// </summary>
    public static readonly Dictionary<string, string> OrganisationAbbreviations = new(StringComparer.Ordinal)
    {
        ["us"] = "united states",
        ["usa"] = "united states of america",
        ["uk"] = "united kingdom",
        ["un"] = "united nations",
        ["uae"] = "united arab emirates",
        ["eu"] = "european union",
    };
}
