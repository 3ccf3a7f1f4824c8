import Foundation
import Testing

@testable import SitthiKit

/// Sitemap, robots.txt, feeds and the tags every page carries for sharing and privacy.
@Suite final class SiteFilesTests {
    let site: FixtureSite

    init() throws {
        site = try FixtureSite("bilingual")
        #expect(site.build().succeeded)
    }

    deinit { site.remove() }

    @Test func sitemapListsEveryPageWithItsLanguageVersions() throws {
        let xml = try site.page("sitemap.xml")
        #expect(xml.contains("<loc>https://fixture.example/my/work/hours/</loc>\n    <lastmod>2026-01-12</lastmod>"))
        #expect(xml.contains("<xhtml:link rel=\"alternate\" hreflang=\"lo\" href=\"https://fixture.example/lo/work/hours/\"/>"))
        #expect(!xml.contains("404.html"))
        #expect(try site.page("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://fixture.example/sitemap.xml\n")
    }

    @Test func feedListsTheLanguagesArticlesNewestFirstWithDatesFromTheContent() throws {
        let thai = try site.page("th/feed.xml")
        let leave = try #require(thai.range(of: "<title>การลา</title>"))
        let hours = try #require(thai.range(of: "<title>เวลาทำงาน</title>"))
        #expect(leave.lowerBound < hours.lowerBound, "updated 2026-02-01 before 2026-01-10")
        #expect(thai.contains("feed.xml\"/>\n  <updated>2026-02-01T00:00:00Z</updated>"), "the feed is as new as its newest entry")
        #expect(thai.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; ความปลอดภัย</title>") == false, "no date, not in the feed")
        let lao = try site.page("lo/feed.xml")
        #expect(lao.contains("<title>ການລາ</title>"))
        #expect(!lao.contains("เวลาทำงาน"), "only articles written in the language")
    }

    @Test func everyPageForbidsOtherHostsAndSendsNoReferrerAndHasAbsoluteShareTags() throws {
        for (path, data) in try Golden.tree(at: site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"), "\(path)")
            #expect(html.contains("<meta name=\"referrer\" content=\"no-referrer\">"), "\(path)")
            #expect(html.contains("<meta property=\"og:url\" content=\"https://fixture.example/"), "\(path)")
            #expect(html.contains("<meta property=\"og:title\" content=\""), "\(path)")
        }
        let page = try site.page("km/work/hours/index.html")
        #expect(page.contains("<meta property=\"og:locale\" content=\"km_KH\">"))
        #expect(page.contains("<meta property=\"og:locale:alternate\" content=\"th_TH\">"))
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
    }
}
