import Testing

@testable import SitthiKit

@Suite struct MarkdownRendererTests {
    @Test func cutsTextIntoIntroAndOneSectionPerLevelTwoHeading() {
        let rendered = MarkdownRenderer.render("Intro\n\n## One\n\nA\n\n### Inner\n\nB\n\n## Two\n\nC\n")
        #expect(rendered.headingCount == 2)
        #expect(rendered.sections.map(\.heading) == [nil, "One", "Two"])
        #expect(rendered.sections[0].html == "<p>Intro</p>\n")
        #expect(rendered.sections[1].html == "<h2 id=\"one\">One</h2>\n<p>A</p>\n<h3 id=\"inner\">Inner</h3>\n<p>B</p>\n")
    }

    @Test func nestedHeadingsGetIDsButDoNotStartSections() {
        let rendered = MarkdownRenderer.render("> ## Quoted\n\n- ## In a list\n\n## Real\n\nText with <h2> and `<h3>`\n")
        #expect(rendered.sections.map(\.heading) == [nil, "Real"])
        #expect(rendered.sections[0].html.contains("<h2 id=\"quoted\">Quoted</h2>"))
        #expect(rendered.sections[0].html.contains("<h2 id=\"in-a-list\">In a list</h2>"))
        #expect(rendered.sections[1].html.hasPrefix("<h2 id=\"real\">Real</h2>"))
        #expect(rendered.sections[1].html.contains("<code>&lt;h3&gt;</code>"))
    }

    @Test func textWithoutHeadingsIsOneIntroSection() {
        let rendered = MarkdownRenderer.render("Only a paragraph.")
        #expect(rendered.headingCount == 0)
        #expect(rendered.html == "<p>Only a paragraph.</p>\n")
    }

    @Test func githubExtensionsAreOn() {
        let html = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.org\n\n- [x] done\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func rawHTMLAndScriptLinksNeverPassThrough() {
        let html = MarkdownRenderer.render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n\n[x](javascript:alert(1)) [y](vbscript:msgbox)\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func headingInlineMarkupIsKeptAndIDComesFromPlainText() {
        let html = MarkdownRenderer.render("## Pay *on time* `now`").html
        #expect(html == "<h2 id=\"pay-on-time-now\">Pay <em>on time</em> <code>now</code></h2>\n")
    }

    @Test func reservedIDsAreNotTaken() {
        let html = MarkdownRenderer.render("## Main", reservedIDs: ["main"]).html
        #expect(html.contains("id=\"main-2\""))
    }

    @Test func oneRenderingGivesAVersionPerIDPrefix() {
        let versions = MarkdownRenderer.render("## หัวข้อ\n\nid=\"x\" in text\n\n### ย่อย", reservedIDs: [], idPrefixes: ["", "th-"])
        #expect(versions[0].html == "<h2 id=\"หัวข้อ\">หัวข้อ</h2>\n<p>id=&quot;x&quot; in text</p>\n<h3 id=\"ย่อย\">ย่อย</h3>\n")
        #expect(versions[1].html == "<h2 id=\"th-หัวข้อ\">หัวข้อ</h2>\n<p>id=&quot;x&quot; in text</p>\n<h3 id=\"th-ย่อย\">ย่อย</h3>\n")
        #expect(versions[1].sections.map(\.heading) == [nil, "หัวข้อ"])
    }

    // MARK: - Includes

    static let includes = MarkdownContext(includes: ["minimum-wage": "<table><tr><td>357</td></tr></table>\n"])

    @Test func anIncludeFenceIsReplacedByTheBlockItNames() {
        let rendered = MarkdownRenderer.render(
            "Before\n\n```include\nminimum-wage\n```\n\n```swift\nlet x = 1\n```\n\n    indented\n\nAfter\n", context: Self.includes)
        #expect(rendered.unknownIncludes == [])
        #expect(
            rendered.html
                == "<p>Before</p>\n<table><tr><td>357</td></tr></table>\n<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n<pre><code>indented\n</code></pre>\n<p>After</p>\n"
        )
    }

    @Test func anIncludeWorksInsideAListAndBetweenSections() {
        let rendered = MarkdownRenderer.render("## One\n\n- item\n\n  ```include\n  minimum-wage\n  ```\n\n## Two\n\nText\n", context: Self.includes)
        #expect(rendered.sections.map(\.heading) == [nil, "One", "Two"])
        #expect(rendered.sections[1].html.contains("<table><tr><td>357</td></tr></table>"))
        #expect(rendered.sections[2].html == "<h2 id=\"two\">Two</h2>\n<p>Text</p>\n")
    }

    @Test func anUnknownOrEmptyIncludeIsReportedWithTheLineOfItsName() {
        let rendered = MarkdownRenderer.render("Text\n\n```include\nminimum-wages\n```\n\n```include\n```\n", context: Self.includes)
        #expect(rendered.unknownIncludes == [MarkdownIncludeUse(name: "minimum-wages", line: 4), MarkdownIncludeUse(name: "", line: 8)])
        #expect(rendered.html == "<p>Text</p>\n")
    }

    @Test func withoutIncludesTheFenceIsUnknownEverywhere() {
        #expect(MarkdownRenderer.render("```include\nminimum-wage\n```\n").unknownIncludes.map(\.name) == ["minimum-wage"])
    }

    // MARK: - Tap-to-call links

    static let phones = MarkdownContext(phoneLinks: PhoneLinks(addresses: ["1546": "tel:1546", "1300": "tel:1300"]))

    @Test func hotlineNumbersInTextBecomeTelLinksKeepingTheirDigits() {
        let html = MarkdownRenderer.render("โทร **๑๕๔๖** หรือ 1300\n\n| ဟော့လိုင်း | ၁၅၄၆ |\n|---|---|\n| ១៥៤៦ | ໑໕໔໖ |\n", context: Self.phones).html
        #expect(html.contains("<p>โทร <strong><a href=\"tel:1546\">๑๕๔๖</a></strong> หรือ <a href=\"tel:1300\">1300</a></p>"))
        #expect(html.contains("<th><a href=\"tel:1546\">၁၅၄၆</a></th>"))
        #expect(html.contains("<td><a href=\"tel:1546\">១៥៤៦</a></td>"))
        #expect(html.contains("<td><a href=\"tel:1546\">໑໕໔໖</a></td>"))
    }

    @Test func numbersInLinksCodeAndImagesStayAsTheyAre() {
        let html = MarkdownRenderer.render(
            "[call 1546](/th/offices/) `1546` ![1546](x.png) https://example.org/1546\n\n    1546\n\nand 1546.\n", context: Self.phones
        ).html
        #expect(html.contains("<a href=\"/th/offices/\">call 1546</a>"))
        #expect(html.contains("<code>1546</code>"))
        #expect(html.contains("alt=\"1546\""))
        #expect(html.contains("<a href=\"https://example.org/1546\">https://example.org/1546</a>"))
        #expect(html.contains("<pre><code>1546\n</code></pre>"))
        #expect(html.contains("<p>and <a href=\"tel:1546\">1546</a>.</p>"))
        #expect(html.components(separatedBy: "tel:").count == 2, "only the number in plain text is a link")
    }

    @Test func telLinksAreNotTakenForLinksToCheck() {
        let rendered = MarkdownRenderer.render("Call 1546 or see [offices](/th/offices/).\n", context: Self.phones)
        #expect(rendered.links.map(\.destination) == ["/th/offices/"])
        #expect(rendered.html == "<p>Call <a href=\"tel:1546\">1546</a> or see <a href=\"/th/offices/\">offices</a>.</p>\n")
    }

    @Test func headingIDsComeFromTheTextNotTheLinks() {
        let rendered = MarkdownRenderer.render("## Call 1546\n", context: Self.phones)
        #expect(rendered.html == "<h2 id=\"call-1546\">Call <a href=\"tel:1546\">1546</a></h2>\n")
    }
}
