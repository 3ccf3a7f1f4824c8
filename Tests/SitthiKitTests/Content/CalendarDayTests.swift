import Testing

@testable import SitthiKit

@Suite struct CalendarDayTests {
    @Test func parsesISODates() {
        #expect(CalendarDay("2026-11-26")?.description == "2026-11-26")
        #expect(CalendarDay("2024-02-29") != nil)
    }

    @Test(arguments: ["2025-02-29", "2026-13-01", "26/11/2026", "2026-1-5", "", "2026-11-26T10:00"])
    func rejectsOtherForms(_ text: String) { #expect(CalendarDay(text) == nil) }

    @Test func ordersByDate() {
        #expect(CalendarDay("2025-12-31")! < CalendarDay("2026-01-01")!)
    }
}
