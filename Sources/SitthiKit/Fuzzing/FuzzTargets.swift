import Mustache

/// The parsers that meet bytes from outside, each as a function of one input: what the fuzz targets
/// under `Fuzz/` call on every generated input, and what `FuzzRegressionTests` calls on every input
/// that once crashed one of them. Each runs the parser as the build does, reports into a throwaway
/// `Diagnostics`, and must return whatever the input.
enum FuzzTargets {
    /// The fuzz targets by name (the folder names under `Fuzz/Sources`, `Fuzz/Corpus` and `Fuzz/Crashes`).
    static let all: [String: @Sendable (String) -> Void] = [
        "front-matter": frontMatter,
        "markdown": markdown,
        "csv": officeSpreadsheet,
        "minimum-wage": minimumWage,
        "interface-strings": interfaceStrings,
        "glossary": glossary,
        "search-terms": searchTerms,
        "templates": template,
        "zawgyi": zawgyi,
        "accept-encoding": acceptEncoding,
        "print-blocks": printBlocks,
    ]

    /// Bytes as the loader would pass them on: invalid UTF-8 never gets past it, so it is replaced here.
    static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A Markdown file's front matter and body split and read, by the flat reader where it takes the
    /// file and by YAML: the two must agree on the fields and the diagnostics (a difference stops the
    /// fuzzer, which keeps the input).
    static func frontMatter(_ text: String) {
        for (path, isTranslation) in [("content/a/th.md", false), ("content/a/my.md", true)] {
            let fast = Diagnostics()
            let full = Diagnostics()
            let flat = FrontMatterParser.parse(text, path: path, isTranslation: isTranslation, diagnostics: fast)
            let yaml = FrontMatterParser.parse(text, path: path, isTranslation: isTranslation, diagnostics: full, useFlatReader: false)
            precondition(
                flat.frontMatter == yaml.frontMatter && fast.all == full.all,
                "the flat front-matter reader disagrees with YAML: \(String(describing: flat.frontMatter)) \(fast.all) / \(String(describing: yaml.frontMatter)) \(full.all)")
        }
    }

    /// A whole article as the parser stage reads it: front matter, Markdown with heading ids and
    /// sections, `include` blocks, hotline numbers made links, and link extraction with positions.
    static func markdown(_ text: String) {
        let include = MarkdownContext(
            includes: ["minimum-wage": "<table><tr><td>357</td></tr></table>\n"],
            phoneLinks: PhoneLinks(addresses: ["1546": "tel:1546", "191": "tel:191", "022321234": "tel:+6622321234"]))
        let parser = Parser(diagnostics: Diagnostics(), markdownContexts: ["th": include, "my": include])
        _ = parser.parseDocument(SourceText(path: "content/work/a/th.md", text: text), config: config)
        _ = parser.parseDocument(SourceText(path: "content/work/a/my.md", text: "---\ntitle: a\nsummary: b\n---\n" + text), config: config)
    }

    /// Markdown read into the blocks a PDF leaflet draws, and each text given its break opportunities
    /// as Burmese and as Thai (ICU's word boundaries): without the zero-width spaces the text must come
    /// back unchanged, and every mark must still lie inside it, on character boundaries.
    static func printBlocks(_ text: String) {
        for block in PrintBlockReader.blocks(text) {
            for original in block.texts {
                for language in ["my", "th"] {
                    let broken = WordBreaks.inserted(into: original, language: language)
                    precondition(
                        String(broken.text.unicodeScalars.filter { $0 != WordBreaks.zeroWidthSpace })
                            == String(original.text.unicodeScalars.filter { $0 != WordBreaks.zeroWidthSpace }),
                        "break opportunities changed the text")
                    let bytes = Array(broken.text.utf8)
                    for mark in broken.marks {
                        precondition(0 <= mark.start && mark.start <= mark.end && mark.end <= bytes.count, "a mark fell outside its text")
                        precondition(
                            [mark.start, mark.end].allSatisfy { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }, "a mark splits a character")
                    }
                }
            }
        }
    }

    /// The office spreadsheet, row by row, with every field checked.
    static func officeSpreadsheet(_ text: String) {
        let parser = DirectoryParser(diagnostics: Diagnostics(), languages: config.languages.map(\.code))
        _ = parser.parse(provinces: provinces, offices: text)
        _ = parser.parse(provinces: text, offices: offices)
    }

    /// The minimum-wage spreadsheet, every row checked against the provinces, and the rates in force
    /// on a day.
    static func minimumWage(_ text: String) {
        let diagnostics = Diagnostics()
        let directory = DirectoryParser(diagnostics: diagnostics, languages: config.languages.map(\.code)).parse(provinces: provinces, offices: offices)!
        let table = MinimumWageParser(diagnostics: diagnostics).parse(text, provinces: directory.provinces, today: CalendarDay("2026-11-26")!)
        _ = table?.current(on: CalendarDay("2025-06-30")!)
    }

    /// A glossary file and, when it reads, the check of a translation against it: the same text as a
    /// Markdown file, so the glossary's own terms are found in it.
    static func glossary(_ text: String) {
        let diagnostics = Diagnostics()
        guard let glossary = GlossaryParser(diagnostics: diagnostics).parse(text, language: "my") else { return }
        GlossaryCheck(diagnostics: diagnostics, glossaries: ["my": glossary]).check([SourceText(path: "content/a/my.md", text: text)])
    }

    /// A search-term list and, when it reads, its terms looked for in a page whose text is the same input.
    static func searchTerms(_ text: String) {
        guard let list = SearchTermListParser(diagnostics: Diagnostics()).parse(text, language: "th") else { return }
        let page = IndexedPage(
            url: "/th/a/", title: "a", kind: .article,
            sections: [SearchSection(anchor: nil, heading: nil, text: "a"), SearchSection(anchor: "b", heading: "b", text: SearchNormalizer.clean(text))])
        _ = SearchTermFinder(terms: list.terms.map(\.text)).places(in: [page])
    }

    /// An interface-strings file.
    static func interfaceStrings(_ text: String) {
        _ = InterfaceStrings.parseTable(text, path: "content/i18n/th.yml", diagnostics: Diagnostics())
    }

    /// A template compiled with its partial checks, beside a partial it may include; checked, as the
    /// layout and as a page template, against the models it would be filled with; when it compiles on
    /// its own, rendered with an empty context; and read for asset references and `<meta>` policies.
    static func template(_ text: String) {
        let files = [
            SourceText(path: "templates/fuzz.mustache", text: text),
            SourceText(path: "templates/other.mustache", text: "{{#x}}{{y}}{{/x}}"),
        ]
        _ = TemplateSet.compile(files, diagnostics: Diagnostics())
        let named = [
            TemplateSet.layout: SourceText(path: "templates/layout.mustache", text: text),
            "article": SourceText(path: "templates/article.mustache", text: text),
            "page-list": SourceText(path: "templates/page-list.mustache", text: text),
        ]
        _ = TemplateChecker(diagnostics: Diagnostics(), files: named, interfaceKeys: ["home", "updated"]).check()
        if TemplateSet.partialCycles(files).isEmpty, let template = try? MustacheTemplate(string: text) {
            _ = template.render(["x": true])
            framesAgreeWithMustache(template)
        }
        // The asset references mapped to published names (a rewrite that finds nothing changes nothing),
        // and the policies the host settings read from the layout.
        let names = AssetNames([AssetFile(path: "templates/assets/fonts/a.woff2", bytes: [1])])
        let rewritten = names.rewrite(files[0], diagnostics: Diagnostics()).text
        precondition(text.contains("/assets/fonts/a.woff2") || rewritten == text, "a rewrite changed text without an asset reference")
        _ = HostHeaders.metaContent(in: text, attribute: "http-equiv", value: "Content-Security-Policy")
    }

    /// A template filled from a page-template frame must give what Mustache gives (a difference stops
    /// the fuzzer, which keeps the template): once for the page that makes the frame, once for another
    /// page of the same outline filled from it.
    static func framesAgreeWithMustache(_ template: MustacheTemplate) {
        var library = MustacheLibrary()
        library.register(template, named: "article")
        let templates = TemplateSet(library: library, styleSheet: "")
        let frames = PageFrames(templates: templates)
        for page in [samplePage(1), samplePage(2)] {
            let framed = frames.fill("article", page)
            let expected = templates.render("article", page)
            precondition(framed == expected, "a page-template frame disagrees with Mustache: \(framed) / \(expected)")
        }
    }

    /// An article page's model with every kind of field: texts (some absent, some needing escapes), flags,
    /// lists of texts and of models, interface strings. `variant` changes the texts, not the outline.
    static func samplePage(_ variant: Int) -> PageModel {
        func text(_ value: String) -> HTMLText { HTMLText("\(value)\(variant) <b>&amp;</b> \"'") }
        let strings = InterfaceTexts(texts: ["home": HTMLText("Home"), "updated": HTMLText("Updated & checked")])
        let language = LanguageModel(
            lang: HTMLText("my"), siteTitle: text("site"), siteDescription: text("about"), css: HTMLText("b{}"), t: strings, attr: strings,
            homeHref: text("/my/"), hasDirectory: variant > 0, locale: HTMLText("my_MM"), localeAlternates: [text("th_TH"), text("km_KH")],
            officesHref: text("/my/offices/"), manifestHref: text("/my/manifest.webmanifest"), themeColor: variant > 1 ? text("#0b5cad") : nil,
            hotlines: [HotlineItem(number: text("1546"), label: text("help"))])
        let head = PageHead(
            pageTitle: text("title"), ogTitle: text("og"), description: text("description"), ogType: HTMLText("article"),
            canonical: text("https://x/"), bodyClass: nil, languageLinks: [LanguageLink(code: text("th"), name: text("ไทย"), href: text("/th/"))],
            shareBlock: text("share"), shareImageBlock: text("picture"))
        let content = ArticleContent(
            head: ArticleHead(title: text("a"), summary: text("s"), sourceLang: HTMLText("th"), updated: text("2025"), updatedText: nil, sourceTitle: text("t")),
            body: .pairs([SectionPair(reader: text("r1"), source: text("s1")), SectionPair(reader: text("r2"), source: text("s2"))], draft: true),
            sources: [text("LPA s.5")], available: [], leafletHref: text("/my/a/leaflet.html"), leafletPDFHref: variant > 0 ? text("/my/a/leaflet.pdf") : nil)
        return PageModel(content: content, head: head, language: language, group: GroupModel(alternatesBlock: text("alt")), main: nil)
    }

    /// The Zawgyi detector and, where it finds Zawgyi, ICU's conversion of the line.
    static func zawgyi(_ text: String) {
        ZawgyiCheck(diagnostics: Diagnostics()).check(SourceText(path: "content/a/my.md", text: text))
    }

    /// A request's `Accept-Encoding` header as `serve` reads it: each encoding at most once, and only
    /// the ones the server has.
    static func acceptEncoding(_ text: String) {
        let preferred = AcceptEncoding(text).preferred
        precondition(Set(preferred).count == preferred.count, "an encoding preferred twice: \(preferred)")
    }

    /// A small valid site's settings, for the parsers that need languages.
    private static let config: SiteConfig = SiteConfig.parse(
        """
        base_url: "https://fuzz.example"
        default_language: th
        languages:
          - { code: th, name: "ไทย", english_name: Thai, locale: th_TH, title: "สิทธิ" }
          - { code: my, name: "မြန်မာ", english_name: Burmese, locale: my_MM, title: "အခွင့်အရေး" }
        """, diagnostics: Diagnostics())!

    private static let provinces = "code,slug,region,name_th,name_en,name_my,name_km,name_lo\nTH-10,bangkok,Central,กรุงเทพมหานคร,Bangkok,,,\n"
    private static let offices =
        "id,kind,province,name_th,name_en,name_my,name_km,name_lo,address_th,phones,email,website,hours,districts,verified,source,notes\n"
        + "central,central,TH-10,กอง,Office,,,,,02 000 0001,a@example.org,https://example.org,,,2026-01,src,\n"
}
