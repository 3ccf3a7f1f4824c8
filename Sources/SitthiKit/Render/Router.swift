/// Where everything the site publishes lives: every page's URL and output file, the contact cards,
/// feeds and sitemap, and the absolute addresses built on `base_url`. Nothing else builds a URL or an
/// output path; a new kind of page or file gets its place here.
///
/// The scheme: `/<lang>/<folder>/…/` for pages (written as `…/index.html`), `/<lang>/<article>/leaflet/`
/// for leaflets, `/<lang>/offices/` and `/<lang>/offices/<province>/` for the directory,
/// `/offices/<id>.vcf` for contact cards, `/<lang>/feed.xml`, `/sitemap.xml`, `/robots.txt`, `/` for
/// the language picker and `/404.html`.
struct Router: Sendable {
    /// The address the site is published at, without a trailing slash.
    let baseURL: String

    /// The folder of an article's leaflet, under the article.
    static let leafletFolder = "leaflet"
    /// The folder the office directory's pages live in, under each language.
    static let directoryFolder = "offices"

    // MARK: Pages

    /// `/<lang>/<folder>/…/`: where a page of a language lives.
    static func url(_ language: String, _ folder: [String]) -> String {
        folder.isEmpty ? "/\(language)/" : "/\(language)/\(folder.joined(separator: "/"))/"
    }

    /// The content folder a page of some kind shows (empty for the home, the picker and the 404 page).
    static func folder(of kind: Page.Kind) -> [String] {
        switch kind {
        case .languagePicker, .notFound, .home: return []
        case .section(let section): return section.folder
        case .article(let article): return article.folder
        case .leaflet(let article): return leafletFolder(of: article.folder)
        case .offices: return [directoryFolder]
        case .officeProvince(let province): return [directoryFolder, province.slug]
        }
    }

    /// A leaflet's folder, under its article's.
    static func leafletFolder(of article: [String]) -> [String] { article + [leafletFolder] }

    /// The page of some content in one language, with its URL and output file.
    static func page(_ kind: Page.Kind, in language: Language) -> Page {
        switch kind {
        case .languagePicker:
            return Page(kind: kind, language: language, url: "/", outputPath: "index.html")
        case .notFound:
            return Page(kind: kind, language: language, url: "/404.html", outputPath: "404.html")
        case .home, .section, .article, .leaflet, .offices, .officeProvince:
            let url = url(language.code, folder(of: kind))
            return Page(kind: kind, language: language, url: url, outputPath: String(url.dropFirst()) + "index.html")
        }
    }

    /// An absolute address on the site, for canonical links, feeds, the sitemap, share links and QR codes.
    func absolute(_ path: String) -> String { baseURL + path }

    // MARK: Other files

    /// A contact card's address, `/offices/<id>.vcf`, the same in every language.
    static func contactCardURL(_ id: String) -> String { "/\(directoryFolder)/\(id).vcf" }

    /// A contact card's file, relative to the output folder.
    static func contactCardPath(_ id: String) -> String { String(contactCardURL(id).dropFirst()) }

    /// A language's Atom feed, relative to the output folder.
    static func feedPath(_ language: String) -> String { "\(language)/feed.xml" }

    /// The sitemap's file.
    static let sitemapPath = "sitemap.xml"

    /// The robots file.
    static let robotsPath = "robots.txt"

    /// A copied asset's address (`/assets/share/my.png`) from its output path.
    static func assetURL(_ outputPath: String) -> String { "/" + outputPath }
}
