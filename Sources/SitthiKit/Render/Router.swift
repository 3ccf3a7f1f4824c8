/// Where everything the site publishes lives: every page's URL and output file, the contact cards,
/// feeds and sitemap, and the absolute addresses built on `base_url`. Nothing else builds a URL or an
/// output path; a new kind of page or file gets its place here.
///
/// The scheme: `/<lang>/<folder>/…/` for pages (written as `…/index.html`), `/<lang>/<article>/leaflet.html`
/// and `leaflet.pdf` for leaflets, `/<lang>/<article>/share.png` and `/<lang>/share.png` for share pictures, `/<lang>/offices/` and `/<lang>/offices/<province>/` for the directory,
/// `/offices/<id>.vcf` for contact cards, `/<lang>/feed.xml`, `/sitemap.xml`, `/robots.txt`, `/` for
/// the language picker and `/404.html`.
struct Router: Sendable {
    /// The address the site is published at, without a trailing slash.
    let baseURL: String

    /// An article's leaflet, in the article's folder (beside its page, so a leaflet costs a file and no folder).
    static let leafletName = "leaflet.html"
    /// The leaflet drawn as a PDF, beside it.
    static let leafletPDFName = "leaflet.pdf"
    /// The picture link previews show: beside each article's page, and at each language's home for its
    /// other pages.
    static let sharePictureName = "share.png"
    /// The folder the office directory's pages live in, under each language.
    static let directoryFolder = "offices"
    /// The folder of the glossary page, under each language.
    static let glossaryFolder = "glossary"
    /// The folder of the search page and its index files (`meta.json`, `pairs-<n>.json`,
    /// `text-<n>.json`), under each language.
    static let searchFolder = "search"

    // MARK: Pages

    /// `/<lang>/<folder>/…/`: where a page of a language lives.
    static func url(_ language: String, _ folder: [String]) -> String {
        folder.isEmpty ? "/\(language)/" : "/\(language)/\(folder.joined(separator: "/"))/"
    }

    /// The language picker's address and file.
    static let languagePickerURL = "/"
    static let languagePickerPath = "index.html"
    /// The 404 page's address and file (hosts look for it there).
    static let notFoundURL = "/404.html"
    static let notFoundPath = "404.html"

    /// A file in a language's folder, `/<lang>/<folder>/…/<name>`.
    static func url(_ language: String, _ folder: [String], file name: String) -> String { url(language, folder) + name }

    /// Where a rendition lives in one language.
    static func url(of address: RenditionAddress, in language: String) -> String {
        switch address {
        case .inEachLanguage(let folder): return url(language, folder)
        case .fileInEachLanguage(let folder, let name): return url(language, folder, file: name)
        case .fixed(let url, _): return url
        }
    }

    /// The folder a rendition lives in under each language (empty for one with a fixed place).
    static func folder(of rendition: any Rendition) -> [String] {
        switch rendition.address {
        case .inEachLanguage(let folder), .fileInEachLanguage(let folder, _): return folder
        case .fixed: return []
        }
    }

    /// A rendition's pages: one per language, or one in the source language for a fixed place.
    static func group(_ rendition: any Rendition, config: SiteConfig) -> PageGroup {
        switch rendition.address {
        case .inEachLanguage(let folder):
            return PageGroup(
                folder: folder,
                pages: config.languages.map { language in
                    let url = url(language.code, folder)
                    return Page(rendition: rendition, language: language, url: url, outputPath: String(url.dropFirst()) + "index.html")
                })
        case .fileInEachLanguage(let folder, let name):
            return PageGroup(
                folder: folder,
                pages: config.languages.map { language in
                    let url = url(language.code, folder, file: name)
                    return Page(rendition: rendition, language: language, url: url, outputPath: String(url.dropFirst()))
                })
        case .fixed(let url, let path):
            return PageGroup(folder: [], pages: [Page(rendition: rendition, language: config.defaultLanguage, url: url, outputPath: path)])
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

    /// The response headers for Netlify and Cloudflare Pages.
    static let headersPath = "_headers"

    /// The files at the top of the site, beside the language folders, `assets/` and `offices/`.
    static var rootFiles: [String] { [languagePickerPath, notFoundPath, sitemapPath, robotsPath, serviceWorkerPath, faviconPath] }

    // MARK: Offline and installed

    /// The folder of each language's offline page, `/<lang>/offline/`: what the service worker shows for
    /// a page that is not saved when there is no connection.
    static let offlineFolder = "offline"
    /// The web app manifest's name in each language's folder: `/<lang>/manifest.webmanifest`.
    static let manifestName = "manifest.webmanifest"
    /// A language's web app manifest.
    static func manifestURL(_ language: String) -> String { url(language, [], file: manifestName) }
    /// The service worker: at the top of the site, so that its scope is every page.
    static let serviceWorkerURL = "/sw.js"
    static let serviceWorkerPath = "sw.js"
    /// Where browsers and other programs look for a site's icon without asking the page.
    static let faviconPath = "favicon.ico"

    /// The folder assets are published in.
    static let assetFolder = "assets"

    /// A copied asset's address (`/assets/fonts/OFL.3f2a9c1b.txt`) from its output path.
    static func assetURL(_ outputPath: String) -> String { "/" + outputPath }

    /// An asset's output path: its path under `templates/` with the first eight hexadecimal digits of
    /// its content's SHA-256 before the extension (`assets/fonts/x.3f2a9c1b.woff2`), so a changed file
    /// gets a new address and hosts may keep each one for a year.
    static func assetPath(_ logicalPath: String, contentHash: String) -> String {
        let stamp = contentHash.prefix(8)
        let slash = logicalPath.lastIndex(of: "/").map { logicalPath.index(after: $0) } ?? logicalPath.startIndex
        guard let dot = logicalPath[slash...].lastIndex(of: "."), dot > slash else { return "\(logicalPath).\(stamp)" }
        return "\(logicalPath[..<dot]).\(stamp)\(logicalPath[dot...])"
    }
}
