namespace Credence.Core.Text;

/// <summary>
/// Given names and name parts that are the same name written differently, which spelling distance cannot see: romanisations of
/// one Arabic, Persian or Korean name ("Husayn" and "Hussein", "Osama" and "Usama", "Ri" and "Lee"), and a given name's short
/// forms and its forms in other languages ("Ted" and "Theodore", "Bibi" and "Benjamin", "Juan" and "John"). Entries are
/// normalised tokens (lower-case ASCII). A token may belong to several groups ("alex" is Alexander's and Alexandra's).
/// </summary>
internal static class NameEquivalents
{
    /// <summary>Similarity of two romanisations of one name.</summary>
    public const double VariantSimilarity = 0.95;

    /// <summary>Similarity of a given name and its short form or its form in another language: likely, not certain, the same.</summary>
    public const double NicknameSimilarity = 0.85;

    // One group per line: the same name in the romanisations lists and passports use.
    private static readonly string[] VariantGroups =
    [
        "muhammad mohammed mohammad mohamed mohamad muhammed mohamud mohd mehmet mohammod mahomed",
        "ahmed ahmad ahmet achmed",
        "mahmoud mahmud mahmood mehmood",
        "hussein husayn husain hussain hossein husein huseyin hosein",
        "hassan hasan hasen",
        "hasani hassani",
        "osama usama usamah oussama",
        "omar umar omer",
        "othman uthman osman usman utman",
        "abdullah abdallah abdulla",
        "abdul abdel abd",
        "mustafa mostafa mustapha moustafa",
        "yusuf yousef youssef yusef yousuf yosef",
        "ibrahim ebrahim ibragim",
        "ismail ismael ismayil",
        "khalid khaled",
        "qasim qassem kassem qasem kasim gasim",
        "jamal gamal",
        "jafar jaafar jaffar",
        "zaid zayd zeid",
        "faisal faysal feisal",
        "sulaiman suleiman sulayman soliman suleyman",
        "yahya yehia yahia",
        "abu abou",
        "nasser nasir naser nassir",
        "saddam sadam",
        "laden ladin",
        "qaida qaeda qaidah",
        "rahman rehman",
        "rahim raheem",
        "karim kareem",
        "hamid hameed",
        "majid majeed",
        "said saeed saied",
        "ali aly",
        "nooristani nuristani",
        "kim gim",
        "park pak bak",
        "lee yi rhee ri",
        "choi choe",
        "jung jeong chung",
        "kang gang",
        "sergei sergey serhiy sergiy serguei sergej",
        "dmitry dmitri dmytro dmitriy dmitrij",
        "yevgeny evgeny yevgeniy evgeniy evgeni jevgenij jevgenijs",
        "aleksei alexei alexey oleksiy aleksey aleksej alexej",
        "aleksandr alexandr oleksandr aleksander alexander",
        "nikolai nikolay mykola nikolaj",
        "yuri yury yuriy yurii",
        "vladimir volodymyr",
        "mikhail mykhailo michail",
        "andrei andrey andriy andrii andrej",
        "georgy georgiy georgii heorhiy",
        "fyodor fedor fiodor",
        "pyotr petr petro",
        "viktor victor",
        "konstantin kostiantyn constantin",
        "yakov iakov yaakov",
        "iosif josif",
    ];

    // One group per line: a given name with its short forms and its forms in other languages.
    private static readonly string[] NicknameGroups =
    [
        "alexander alex alexandre alejandro alessandro aleksandr sasha sandro iskander iskandar",
        "alexandra alex alexa sandra sasha aleksandra",
        "andrew andy drew andreas andre andres andrea andrei andrzej",
        "anthony tony antonio anton antoine antony",
        "barack barry",
        "benjamin ben benny benji bibi binyamin benyamin",
        "charles charlie chuck carlos karl carl karel carlo",
        "christopher chris kit christoph cristobal kristoffer",
        "daniel dan danny daniil danilo",
        "david dave davy dawid davide",
        "edward ed eddie ted ned eduardo edouard eduard",
        "elizabeth liz lizzy beth betsy betty bess elisabeth elisabetta yelizaveta",
        "francis frank francisco francois francesco franz",
        "frederick fred freddie friedrich federico fredrik",
        "george georg georges jorge giorgio jerzy",
        "gregory greg grigory grigoriy gregor gregorio",
        "henry harry hank henri heinrich enrique enrico",
        "jacob jake jakob yakov",
        "james jim jimmy jamie jaime giacomo",
        "john jack johnny jon juan johann johannes jean giovanni ivan ian sean hans jan joao ioannis",
        "joseph joe joey jose giuseppe josef iosif",
        "katherine kate katie kathy cathy catherine kathryn ekaterina yekaterina katya katarzyna caterina",
        "lawrence larry laurence lorenzo laurent",
        "margaret maggie meg peggy margarita margarete marguerite",
        "michael mike mick mikhail misha michel miguel michele michal",
        "nicholas nick nicky nicolas nikolai nikolay niccolo",
        "patrick pat paddy patricio",
        "paul pavel pablo paolo paulo pawel pavlo",
        "peter pete pyotr petr pedro pierre pietro piotr",
        "philip phil felipe philippe filipp filippo",
        "richard rick ricky dick rich ricardo riccardo",
        "robert rob bob bobby robbie roberto",
        "samuel sam sammy",
        "stephen steven steve stefan stephane esteban stepan stefano",
        "theodore ted teddy theo fyodor fedor teodor",
        "thomas tom tommy tomas tomasz",
        "timothy tim",
        "vladimir vlad volodya",
        "william will bill billy willy wilhelm guillermo guillaume guglielmo",
        "dmitry dima",
        "yevgeny eugene zhenya",
        "konstantin constantine kostya",
        "sergei sergio serge",
    ];

    private static readonly Dictionary<string, int[]> Variants = Build(VariantGroups);
    private static readonly Dictionary<string, int[]> Nicknames = Build(NicknameGroups);
    private static readonly Dictionary<string, string[]> Others = BuildOthers();

    /// <summary>
    /// How alike two different tokens are as names: <see cref="VariantSimilarity"/> for two romanisations of one name,
    /// <see cref="NicknameSimilarity"/> for a name and its short or foreign form, 0 otherwise.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        if (Shared(Variants, a, b)) return VariantSimilarity;
        return Shared(Nicknames, a, b) ? NicknameSimilarity : 0.0;
    }

    /// <summary>Every token that shares a group with <paramref name="token"/>, itself excluded: for finding neighbours in an index.</summary>
    public static IReadOnlyList<string> Of(string token) => Others.TryGetValue(token, out var others) ? others : [];

    /// <summary>Whether <paramref name="token"/> has another spelling or form in any group: when either of two tokens has none,
    /// <see cref="Similarity"/> of the two is 0.</summary>
    public static bool HasOthers(string token) => Others.ContainsKey(token);

    private static bool Shared(Dictionary<string, int[]> table, string a, string b)
    {
        if (!table.TryGetValue(a, out var ga) || !table.TryGetValue(b, out var gb)) return false;
        foreach (var x in ga)
        {
            if (Array.IndexOf(gb, x) >= 0) return true;
        }
        return false;
    }

    private static Dictionary<string, int[]> Build(string[] groups)
    {
        var table = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var name in groups[g].Split(' '))
            {
                if (!table.TryGetValue(name, out var list)) table[name] = list = [];
                if (!list.Contains(g)) list.Add(g);
            }
        }
        return table.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    // Each token's companions in all its groups of both tables, worked out once.
    private static Dictionary<string, string[]> BuildOthers()
    {
        var others = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in VariantGroups.Concat(NicknameGroups))
        {
            var names = group.Split(' ');
            foreach (var name in names)
            {
                if (!others.TryGetValue(name, out var set)) others[name] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(names);
                set.Remove(name);
            }
        }
        return others.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
