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
        "interface-strings": interfaceStrings,
        "templates": template,
        "zawgyi": zawgyi,
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
    /// sections, and link extraction with positions.
    static func markdown(_ text: String) {
        let parser = Parser(diagnostics: Diagnostics())
        _ = parser.parseDocument(SourceText(path: "content/work/a/th.md", text: text), config: config)
        _ = parser.parseDocument(SourceText(path: "content/work/a/my.md", text: "---\ntitle: a\nsummary: b\n---\n" + text), config: config)
    }

    /// The office spreadsheet, row by row, with every field checked.
    static func officeSpreadsheet(_ text: String) {
        let parser = DirectoryParser(diagnostics: Diagnostics(), languages: config.languages.map(\.code))
        _ = parser.parse(provinces: provinces, offices: text)
        _ = parser.parse(provinces: text, offices: offices)
    }

    /// An interface-strings file.
    static func interfaceStrings(_ text: String) {
        _ = InterfaceStrings.parseTable(text, path: "content/i18n/th.yml", diagnostics: Diagnostics())
    }

    /// A template compiled with its partial checks, beside a partial it may include; checked, as the
    /// layout and as a page template, against the models it would be filled with; and, when it compiles
    /// on its own, rendered with an empty context.
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
        }
    }

    /// The Zawgyi detector and, where it finds Zawgyi, ICU's conversion of the line.
    static func zawgyi(_ text: String) {
        ZawgyiCheck(diagnostics: Diagnostics()).check(SourceText(path: "content/a/my.md", text: text))
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
