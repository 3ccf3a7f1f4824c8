/// One language the site is published in, as `content/site.yml` declares it.
public struct Language: Hashable, Sendable {
    /// The BCP 47 code used in URLs, file names and `lang` attributes: `th`, `my`, `km`, `lo`, `en`.
    public var code: String
    /// The language's name in its own script (`ไทย`, `မြန်မာ`), shown in the language picker.
    public var name: String
    /// The English name, for editors' messages.
    public var englishName: String
    /// The locale for Open Graph tags, `th_TH`.
    public var locale: String
    /// The site's title in this language.
    public var siteTitle: String
}

/// A help line shown on every page, with its label in each language.
public struct Hotline: Hashable, Sendable {
    /// The number to dial, as written (`1546`).
    public var number: String
    /// What the line is for, by language code.
    public var labels: [String: String]
}
