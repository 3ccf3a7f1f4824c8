/// One language the site is published in, as `content/site.yml` declares it.
struct Language: Hashable, Sendable {
    /// The BCP 47 code used in URLs, file names and `lang` attributes: `th`, `my`, `km`, `lo`, `en`.
    var code: String
    /// The language's name in its own script (`ไทย`, `မြန်မာ`), shown in the language picker.
    var name: String
    /// The English name, for editors' messages.
    var englishName: String
    /// The locale for Open Graph tags, `th_TH`.
    var locale: String
    /// The site's title in this language.
    var siteTitle: String

    /// The direction the language is written in, for the web app manifest's `dir`: right to left for
    /// the scripts that run so (Arabic, Hebrew, Thaana, Syriac, N'Ko and the languages written in them).
    var direction: String {
        let base = code.split(separator: "-").first.map(String.init) ?? code
        return ["ar", "arc", "ckb", "dv", "fa", "he", "ku", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"].contains(base) ? "rtl" : "ltr"
    }
}

/// A help line shown on every page, with its label in each language.
struct Hotline: Hashable, Sendable {
    /// The number to dial, as written (`1546`).
    var number: String
    /// What the line is for, by language code.
    var labels: [String: String]
}
