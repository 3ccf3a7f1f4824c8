/// The files that describe the site to other programs: `sitemap.xml` (every page, with its versions in
/// the other languages), `robots.txt`, the hosts' `_headers` (`HostHeaders`), and an Atom feed per language of the most recently updated
/// articles. Dates come from the content, never from the clock, so builds stay identical.
struct SiteFiles {
    let site: AssembledSite

    /// How many articles a feed lists.
    static let feedLength = 20

    func all() -> [OutputFile] {
        [sitemap(), robots(), HostHeaders(site: site).file()] + site.config.languages.map(feed)
    }

    func sitemap() -> OutputFile {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for group in site.pageGroups {
            let pages = group.pages.filter { type(of: $0.rendition).isListedInSitemap }
            let alternates =
                pages.count > 1
                ? pages.map { "    <xhtml:link rel=\"alternate\" hreflang=\"\($0.language.code)\" href=\"\(HTML.escape(site.router.absolute($0.url)))\"/>\n" }.joined() : ""
            for page in pages {
                xml += "  <url>\n    <loc>\(HTML.escape(site.router.absolute(page.url)))</loc>\n"
                if let article = page.rendition.article,
                    let updated = (article.texts[page.language.code] ?? article.texts[site.config.defaultLanguage.code])?.frontMatter.updated
                {
                    xml += "    <lastmod>\(updated)</lastmod>\n"
                }
                xml += alternates + "  </url>\n"
            }
        }
        xml += "</urlset>\n"
        return OutputFile(path: Router.sitemapPath, contents: Array(xml.utf8))
    }

    func robots() -> OutputFile {
        OutputFile(path: Router.robotsPath, contents: Array("User-agent: *\nAllow: /\nSitemap: \(site.router.absolute("/" + Router.sitemapPath))\n".utf8))
    }

    /// `/<lang>/feed.xml`: the articles written in the language, newest first.
    func feed(_ language: Language) -> OutputFile {
        var entries: [(day: CalendarDay, title: String, url: String, summary: String)] = []
        func visit(_ section: Section) {
            for article in section.articles {
                guard let text = article.texts[language.code],
                    let day = text.frontMatter.updated
                        ?? article.texts[site.config.defaultLanguage.code]?.frontMatter.updated
                else { continue }
                entries.append((day, text.titleHTML, site.router.absolute(Router.url(language.code, article.folder)), text.summaryHTML))
            }
            section.sections.forEach(visit)
        }
        visit(site.root)
        entries.sort { $0.day != $1.day ? $0.day > $1.day : $0.url < $1.url }
        entries = Array(entries.prefix(Self.feedLength))
        let home = site.router.absolute(Router.url(language.code, []))
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.code)">
              <title>\(HTML.escape(language.siteTitle))</title>
              <id>\(HTML.escape(home))</id>
              <link rel="alternate" type="text/html" href="\(HTML.escape(home))"/>
              <link rel="self" type="application/atom+xml" href="\(HTML.escape(home))feed.xml"/>
              <updated>\(entries.first.map { "\($0.day)T00:00:00Z" } ?? "1970-01-01T00:00:00Z")</updated>

            """
        for entry in entries {
            xml += """
                  <entry>
                    <title>\(entry.title)</title>
                    <id>\(HTML.escape(entry.url))</id>
                    <link rel="alternate" type="text/html" href="\(HTML.escape(entry.url))"/>
                    <updated>\(entry.day)T00:00:00Z</updated>
                    <author><name>\(HTML.escape(language.siteTitle))</name></author>
                    <summary>\(entry.summary)</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: Router.feedPath(language.code), contents: Array(xml.utf8))
    }
}
