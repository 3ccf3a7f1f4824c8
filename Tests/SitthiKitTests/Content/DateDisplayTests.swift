import Testing

@testable import SitthiKit

/// Dates in each language's own form, from ICU's CLDR data.
@Suite struct DateDisplayTests {
    let languages = ["th": "th_TH", "my": "my_MM", "km": "km_KH", "lo": "lo_LA", "en": "en_US"].map {
        Language(code: $0.key, name: $0.key, englishName: $0.key, locale: $0.value, siteTitle: "")
    }

    @Test func thaiCountsYearsInTheBuddhistEra() {
        let dates = DateDisplay(languages: languages)
        #expect(dates.text(CalendarDay("2025-01-01")!, language: "th") == "1 มกราคม 2568")
        #expect(dates.text(CalendarDay("2026-11-26")!, language: "th") == "26 พฤศจิกายน 2569")
    }

    @Test func otherLanguagesUseTheCommonEraWithWesternDigits() {
        let dates = DateDisplay(languages: languages)
        let day = CalendarDay("2026-11-26")!
        #expect(dates.text(day, language: "en") == "November 26, 2026")
        #expect(dates.text(day, language: "lo") == "26 ພະຈິກ 2026")
        #expect(dates.text(day, language: "km") == "26 វិច្ឆិកា 2026")
        let burmese = dates.text(day, language: "my")
        #expect(burmese.contains("2026") && burmese.contains("26") && !burmese.contains("၂"), "\(burmese)")
    }

    @Test func aLanguageWithoutStyleGetsTheISODate() {
        #expect(DateDisplay(languages: []).text(CalendarDay("2026-02-03")!, language: "xx") == "2026-02-03")
    }
}
