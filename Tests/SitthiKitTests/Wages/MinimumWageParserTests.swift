import Foundation
import Testing

@testable import SitthiKit

@Suite struct MinimumWageParserTests {
    static let header = "province,province_name,district_th,district_en,baht_per_day,notification,in_force,source\n"
    static let provinces = [
        Province(code: "TH-10", slug: "bangkok", region: .central, names: ["th": "กรุงเทพมหานคร", "en": "Bangkok"], row: 2),
        Province(code: "TH-50", slug: "chiang-mai", region: .north, names: ["th": "เชียงใหม่", "en": "Chiang Mai"], row: 3),
    ]
    static let day = CalendarDay("2026-11-26")!

    func parse(_ rows: String, today: CalendarDay = day) -> (MinimumWageTable?, [String]) {
        let diagnostics = Diagnostics()
        let table = MinimumWageParser(diagnostics: diagnostics).parse(Self.header + rows, provinces: Self.provinces, today: today)
        return (table, diagnostics.all.map(\.description))
    }

    static let valid = """
        TH-10,Bangkok,,,372,13,2025-01-01,facts 5 [MW13]
        TH-10,Bangkok,,,400,14,2025-07-01,facts 5 [MW14]
        TH-50,Chiang Mai,,,357,13,2025-01-01,facts 5 [MW13]
        TH-50,เชียงใหม่,อำเภอเมืองเชียงใหม่,Mueang Chiang Mai district,380,13,2025-01-01,facts 5 [MW13]

        """

    @Test func theRateInForceIsTheLatestNotAfterTheDay() throws {
        let (table, problems) = parse(Self.valid)
        #expect(problems == [])
        let current = try #require(table).current(on: Self.day)
        #expect(current["TH-10"]?.rate.baht == 400)
        #expect(current["TH-10"]?.rate.notification == 14)
        #expect(current["TH-10"]?.districts == [])
        #expect(try #require(table).current(on: CalendarDay("2025-06-30")!)["TH-10"]?.rate.baht == 372)
        #expect(try #require(table).current(on: CalendarDay("2024-12-31")!).isEmpty)
    }

    @Test func aDistrictRateStandsBesideItsProvincesRate() throws {
        let current = try #require(parse(Self.valid).0).current(on: Self.day)
        let chiangMai = try #require(current["TH-50"])
        #expect(chiangMai.rate.baht == 357)
        #expect(chiangMai.districts.map(\.baht) == [380])
        #expect(chiangMai.districts.first?.district == WageRate.District(thai: "อำเภอเมืองเชียงใหม่", english: "Mueang Chiang Mai district"))
    }

    @Test func everyMistakeIsReportedAtItsLineAndFieldInOneRun() {
        let (_, problems) = parse(
            """
            TH-99,Nowhere,,,350,13,2025-01-01,x
            TH-10,Chiang Mai,,,372,13,2025-01-01,x
            TH-50,Chiang Mai,,District only in English,357,13,2025-01-01,x
            TH-50,Chiang Mai,,,3570000,13,2025-01-01,x
            TH-50,Chiang Mai,,,357,No. 13,1 Jan 2025,
            TH-50,Chiang Mai,,,357,13
            TH-50,Chiang Mai,,,357,13,2025-01-01,x
            TH-50,Chiang Mai,,,360,13,2025-01-01,x

            """)
        let path = "content/data/minimum-wage.csv"
        #expect(
            problems == [
                "\(path):2:1: error: unknown province code `TH-99`: use a code from content/offices/provinces.csv, like TH-50",
                "\(path):3:2: error: province TH-10 is Bangkok, not `Chiang Mai`: check the code or the name",
                "\(path):4:3: error: a district needs its Thai name (district_th) as well as `District only in English`",
                "\(path):5:5: error: baht_per_day must be a whole number of baht a day (1 to 5000), found `3570000`",
                "\(path):6:6: error: notification must be the number of the Wage Committee's notification, like 13, found `No. 13`",
                "\(path):6:7: error: in_force must be the day the rate applies from, written YYYY-MM-DD, found `1 Jan 2025`",
                "\(path):6:8: error: source is missing: name the fact sheet section and source key the rate comes from",
                "\(path):7:7: error: this row has 6 field(s), the header has 8; check for a missing or extra comma, or a comma inside an unquoted field",
                "\(path):9:1: error: province TH-50 (Chiang Mai) has a second rate from 2025-01-01 (first on line 8): keep one",
            ])
    }

    @Test func aProvinceWithoutARateOnTheDayIsAnError() {
        let (_, problems) = parse("TH-10,Bangkok,,,400,14,2027-07-01,x\nTH-50,,อำเภอเมืองเชียงใหม่,,380,13,2025-01-01,x\n")
        #expect(
            problems == [
                "content/data/minimum-wage.csv:1:1: error: province TH-10 (Bangkok) has no minimum wage in force on 2026-11-26: add a row for the whole province (district fields empty)",
                "content/data/minimum-wage.csv:1:1: error: province TH-50 (Chiang Mai) has no minimum wage in force on 2026-11-26: add a row for the whole province (district fields empty)",
                "content/data/minimum-wage.csv:3:3: error: the district อำเภอเมืองเชียงใหม่ has a rate but its province TH-50 has none: every province needs a row for the whole province",
            ])
    }

    @Test func aWrongHeaderStopsReadingAtTheField() {
        let diagnostics = Diagnostics()
        let table = MinimumWageParser(diagnostics: diagnostics).parse(
            "province,name,district_th\nTH-10,Bangkok,\n", provinces: Self.provinces, today: Self.day)
        #expect(table == nil)
        #expect(
            diagnostics.all.map(\.description) == [
                "content/data/minimum-wage.csv:1:2: error: header field 2 must be `province_name`, found `name`; the columns are: \(MinimumWageParser.columns.joined(separator: ","))"
            ])
    }

    /// The shipped spreadsheet, against the shipped provinces: every province has a rate, and the rates
    /// are those of the fact sheet's section 5 (spot checks from both notifications).
    @Test func theShippedRatesCoverEveryProvince() throws {
        let content = FixtureSite.repositoryRoot.appendingPathComponent("content")
        let diagnostics = Diagnostics()
        let directory = try #require(
            DirectoryParser(diagnostics: diagnostics, languages: ["th", "my", "km", "lo", "en"]).parse(
                provinces: String(contentsOf: content.appendingPathComponent("offices/provinces.csv"), encoding: .utf8),
                offices: String(contentsOf: content.appendingPathComponent("offices/offices.csv"), encoding: .utf8)))
        let table = try #require(
            MinimumWageParser(diagnostics: diagnostics).parse(
                String(contentsOf: content.appendingPathComponent("data/minimum-wage.csv"), encoding: .utf8),
                provinces: directory.provinces, today: Self.day))
        #expect(diagnostics.all.filter { $0.severity == .error } == [])
        let current = table.current(on: Self.day)
        #expect(current.count == 77)
        #expect(current["TH-40"]?.rate.baht == 357, "Khon Kaen")
        #expect(current["TH-10"]?.rate.baht == 400, "Bangkok from 1 July 2025")
        #expect(current["TH-96"]?.rate.baht == 337, "Narathiwat")
        #expect(current["TH-50"]?.districts.map(\.baht) == [380], "Mueang Chiang Mai district")
        #expect(current["TH-84"]?.districts.map(\.baht) == [400], "Ko Samui district")
        #expect(Set(current.values.map(\.rate.baht)).count == 16, "the 17 levels of Notification No. 13 less 380, which is for two districts only")
    }
}
