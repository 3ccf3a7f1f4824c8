import Testing

@testable import SitthiKit

/// The base URL: a reserved example address is a warning (an error under `check --strict`), and
/// `--base-url` takes the place of the setting, checked as strictly.
@Suite struct BaseURLTests {
    static func settings(_ baseURL: String) -> String {
        """
        base_url: "\(baseURL)"
        default_language: th
        languages:
          - { code: th, name: "ไทย", english_name: Thai, locale: th_TH, title: "ก" }
        """
    }

    func parse(_ baseURL: String, override: String? = nil, strict: Bool = false) -> (SiteConfig?, [String]) {
        let diagnostics = Diagnostics()
        let config = SiteConfig.parse(Self.settings(baseURL), diagnostics: diagnostics, baseURL: override, strict: strict)
        return (config, diagnostics.all.map(\.description))
    }

    @Test(arguments: [
        "https://example.org", "https://sitthi.example.org/", "https://EXAMPLE.com", "http://a.b.example.net/x", "https://site.example",
        "https://rights.test", "https://x.invalid", "http://localhost:8000", "https://preview.localhost", "https://example.org./",
    ])
    func reservedExampleHostsAreFound(url: String) {
        #expect(SiteConfig.reservedExampleHost(in: url) != nil)
    }

    @Test(arguments: ["https://sitthi.org", "https://example-rights.org", "https://test.co.th", "https://examples.com", "https://my.example.org.th"])
    func realHostsAreNot(url: String) {
        #expect(SiteConfig.reservedExampleHost(in: url) == nil)
    }

    @Test func aPlaceholderIsAWarningAtTheSettingAndAnErrorWhenStrict() {
        let message =
            "`base_url` is https://sitthi.example.org, whose host sitthi.example.org is reserved for examples: every QR code, share link, feed and canonical address would lead nowhere; set the address the site is published at here, or pass it with --base-url"
        #expect(parse("https://sitthi.example.org").1 == ["content/site.yml:1:11: warning: \(message)"])
        #expect(parse("https://sitthi.example.org", strict: true).1 == ["content/site.yml:1:11: error: \(message)"])
        #expect(parse("https://sitthi.org").1 == [])
    }

    @Test func theCommandLineAddressTakesThePlaceOfTheSetting() throws {
        let (config, problems) = parse("https://sitthi.example.org", override: "https://rights.org/site/")
        #expect(problems == [])
        #expect(try #require(config).baseURL == "https://rights.org/site")
        #expect(
            parse("https://sitthi.org", override: "https://preview.test").1 == [
                "warning: --base-url is https://preview.test, whose host preview.test is reserved for examples: every QR code, share link, feed and canonical address would lead nowhere; give it the address the site is published at"
            ])
    }

    @Test func aCommandLineAddressIsCheckedLikeTheSetting() {
        #expect(parse("https://sitthi.org", override: "ftp://rights.org").1 == ["error: --base-url: the address must start with https:// or http://"])
        #expect(
            parse("https://sitthi.org", override: "https://rights.org/a b").1 == [
                "error: --base-url: the address may have a path of letters, digits and `-._~/%` only: no spaces, quotes, line breaks, `?` or `#`"
            ])
    }
}
