import Testing

@testable import SitthiKit

@Suite struct LinkCheckerTests {
    @Test(arguments: [
        ("../wages/", "/my/work/hours/", "/my/work/wages/"),
        ("./", "/my/work/hours/", "/my/work/hours/"),
        ("/th/offices/", "/my/work/hours/", "/th/offices/"),
        ("../../offices/tak/", "/my/work/hours/", "/my/offices/tak/"),
        ("../../../../x", "/my/work/", "/x"),
    ])
    func relativeLinksResolveAgainstTheirPage(_ path: String, _ base: String, _ expected: String) {
        #expect(LinkChecker.resolve(path, against: base) == expected)
    }

    @Test func schemesMarkLinksToOtherSites() {
        #expect(LinkChecker.hasScheme("https://example.org"))
        #expect(LinkChecker.hasScheme("mailto:a@example.org"))
        #expect(LinkChecker.hasScheme("tel:1546"))
        #expect(!LinkChecker.hasScheme("/th/work/"))
        #expect(!LinkChecker.hasScheme("../a:b/"))
    }
}
