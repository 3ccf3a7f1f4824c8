import Testing

@testable import SitthiKit

@Suite struct PlaceholdersTests {
    @Test func namesAreTheGapsInBraces() {
        #expect(Placeholders.names(in: "{rate} บาท ตั้งแต่ {date}, {not a gap} {}") == ["rate", "date"])
    }

    @Test func fillEscapesTheTextAndPutsInTheGivenHTML() {
        #expect(Placeholders.fill("<{rate}> & {missing}", ["rate": "<b>400</b>"]) == "&lt;<b>400</b>&gt; &amp; {missing}")
    }
}
