import Testing

@testable import SitthiKit

@Suite struct InterfaceStringsTests {
    let config = SiteConfig(
        baseURL: "https://x.example",
        languages: [
            Language(code: "th", name: "ไทย", englishName: "Thai", locale: "th_TH", siteTitle: "ก"),
            Language(code: "my", name: "မြန်မာ", englishName: "Burmese", locale: "my_MM", siteTitle: "က"),
        ],
        defaultLanguage: Language(code: "th", name: "ไทย", englishName: "Thai", locale: "th_TH", siteTitle: "ก"),
        hotlines: [])

    @Test func missingKeyFallsBackToSourceTextMarkedWithItsLanguage() {
        let diagnostics = Diagnostics()
        let strings = InterfaceStrings.resolve(
            tables: ["th": ["home": "หน้าแรก", "updated": "ปรับปรุง"], "my": ["home": "ပင်မ"]],
            config: config, diagnostics: diagnostics)
        #expect(strings["my"]?["home"] == .init(value: "ပင်မ", language: "my"))
        #expect(strings["my"]?["updated"] == .init(value: "ปรับปรุง", language: "th"))
        #expect(
            diagnostics.all.map(\.description) == [
                "content/i18n/my.yml:1:1: warning: 1 interface string(s) missing, shown in Thai instead: updated"
            ])
    }

    @Test func keyUnknownToTheSourceLanguageIsReported() {
        let diagnostics = Diagnostics()
        _ = InterfaceStrings.resolve(
            tables: ["th": ["home": "หน้าแรก"], "my": ["home": "ပင်မ", "hme": "x"]],
            config: config, diagnostics: diagnostics)
        #expect(
            diagnostics.all.map(\.description) == [
                "content/i18n/my.yml:1:1: warning: interface string(s) not in content/i18n/th.yml, never shown: hme"
            ])
    }

    @Test func aTranslationMustKeepTheGapsOfTheThaiText() {
        let diagnostics = Diagnostics()
        let strings = InterfaceStrings.resolve(
            tables: ["th": ["wage": "{rate} บาท ตั้งแต่ {date}", "plain": "ก"], "my": ["wage": "{rate} ဘတ် {day}", "plain": "{x}"]],
            config: config, diagnostics: diagnostics)
        #expect(strings["my"]?["wage"].value == "{rate} ဘတ် {day}")
        #expect(
            diagnostics.all.map(\.description) == [
                "content/i18n/my.yml:1:1: warning: `plain` must have the same gaps as in content/i18n/th.yml: none",
                "content/i18n/my.yml:1:1: warning: `wage` must have the same gaps as in content/i18n/th.yml: {date}, {rate}",
            ])
    }
}
