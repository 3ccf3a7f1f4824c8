import Testing

@testable import SitthiKit

@Suite struct WageTableHTMLTests {
    static let languages = [
        Language(code: "th", name: "ไทย", englishName: "Thai", locale: "th_TH", siteTitle: "ก"),
        Language(code: "my", name: "မြန်မာ", englishName: "Burmese", locale: "my_MM", siteTitle: "က"),
        Language(code: "en", name: "English", englishName: "English", locale: "en_US", siteTitle: "S"),
    ]

    static let strings: [String: [String: String]] = [
        "th": [
            "list_separator": ", ", "wage_table_rate": "บาทต่อวัน", "wage_table_places": "จังหวัดหรืออำเภอ",
            "wage_table_caption": "ใช้ตั้งแต่ {date} ตามประกาศคณะกรรมการค่าจ้าง ฉบับที่ {notification} ยกเว้นที่ระบุไว้",
            "wage_since_note": "(ตั้งแต่ {date} ประกาศฉบับที่ {notification})", "wage_other_districts": "{province} (อำเภออื่น)",
            "wage_district_of": "{district} ({province})",
        ],
        "en": [
            "list_separator": ", ", "wage_table_rate": "Baht a day", "wage_table_places": "Province or district",
            "wage_table_caption": "Since {date}, Wage Committee Notification No. {notification}, unless noted",
            "wage_since_note": "(since {date}, Notification No. {notification})", "wage_other_districts": "{province} (other districts)",
            "wage_district_of": "{district} ({province})",
        ],
        "my": ["wage_other_districts": "{province} (အခြားမြို့နယ်များ)"],
    ]

    static let provinces = [
        Province(code: "TH-10", slug: "bangkok", region: .central, names: ["th": "กรุงเทพมหานคร", "en": "Bangkok", "my": "ဘန်ကောက်"], row: 2),
        Province(code: "TH-50", slug: "chiang-mai", region: .north, names: ["th": "เชียงใหม่", "en": "Chiang Mai", "my": "ချင်းမိုင်"], row: 3),
        Province(code: "TH-63", slug: "tak", region: .west, names: ["th": "ตาก", "en": "Tak"], row: 4),
    ]

    static let wages: [String: ProvinceWage] = {
        func rate(_ code: String, _ baht: Int, _ notification: Int, _ day: String, district: WageRate.District? = nil) -> WageRate {
            WageRate(province: code, district: district, baht: baht, notification: notification, inForce: CalendarDay(day)!, row: 1)
        }
        return [
            "TH-10": ProvinceWage(rate: rate("TH-10", 400, 14, "2025-07-01"), districts: []),
            "TH-50": ProvinceWage(
                rate: rate("TH-50", 357, 13, "2025-01-01"),
                districts: [rate("TH-50", 380, 13, "2025-01-01", district: .init(thai: "อำเภอเมืองเชียงใหม่", english: "Mueang Chiang Mai district"))]),
            "TH-63": ProvinceWage(rate: rate("TH-63", 357, 13, "2025-01-01"), districts: []),
        ]
    }()

    func html(_ language: String) -> String {
        let config = SiteConfig(baseURL: "https://x.example", languages: Self.languages, defaultLanguage: Self.languages[0], hotlines: [])
        let strings = InterfaceStrings.resolve(tables: Self.strings, config: config, diagnostics: Diagnostics())
        let words = WageText(strings: strings[language]!, language: language, source: "th", dates: DateDisplay(languages: Self.languages))
        return WageTableHTML(wages: Self.wages, provinces: Self.provinces).html(words)
    }

    @Test func oneRowPerRateHighestFirstWithDistrictsAfterProvincesAndOtherNotificationsNoted() {
        #expect(
            html("en") == """
                <table class="wage-table">
                <caption>Since January 1, 2025, Wage Committee Notification No. 13, unless noted</caption>
                <thead><tr><th scope="col">Baht a day</th><th scope="col">Province or district</th></tr></thead>
                <tbody>
                <tr><td><strong>400</strong></td><td>Bangkok (since July 1, 2025, Notification No. 14)</td></tr>
                <tr><td><strong>380</strong></td><td>Mueang Chiang Mai district (Chiang Mai)</td></tr>
                <tr><td><strong>357</strong></td><td>Chiang Mai (other districts), Tak</td></tr>
                </tbody>
                </table>

                """)
    }

    @Test func namesAreInThePageLanguageWhereKnownElseInThaiTagged() {
        let burmese = html("my")
        #expect(burmese.contains("<td>ဘန်ကောက် <span lang=\"th\">(ตั้งแต่"), "a Burmese name; the note on the other notification falls back to Thai")
        #expect(burmese.contains("ချင်းမိုင် (အခြားမြို့နယ်များ)"))
        #expect(burmese.contains("<span lang=\"th\">ตาก</span>"), "no Burmese name for Tak in the directory")
        #expect(burmese.contains("<span lang=\"th\">อำเภอเมืองเชียงใหม่</span>"), "district names exist in Thai and English only")
        #expect(burmese.contains("<th scope=\"col\"><span lang=\"th\">บาทต่อวัน</span></th>"), "a missing string falls back to Thai, tagged")
    }

    @Test func thaiDatesAreInTheBuddhistEra() {
        #expect(html("th").contains("กรุงเทพมหานคร (ตั้งแต่ 1 กรกฎาคม 2568 ประกาศฉบับที่ 14)"))
        #expect(html("th").contains("<caption>ใช้ตั้งแต่ 1 มกราคม 2568 ตามประกาศคณะกรรมการค่าจ้าง ฉบับที่ 13 ยกเว้นที่ระบุไว้</caption>"))
    }
}
