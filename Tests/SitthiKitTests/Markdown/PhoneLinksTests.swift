import Testing

@testable import SitthiKit

@Suite struct PhoneLinksTests {
    static let links = PhoneLinks(addresses: ["1546": "tel:1546", "191": "tel:191", "1300": "tel:1300", "022321234": "tel:+6622321234"])

    func found(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Self.links.matches(in: scalars).map { match in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.range])
            return "\(String(view))→\(match.address)"
        }
    }

    @Test(arguments: [
        ("Call 1546 now", "1546"),
        ("โทรสายด่วน ๑๕๔๖ ได้", "๑๕๔๖"),
        ("ဟော့လိုင်း ၁၅၄၆ ကို ဖုန်းဆက်ပါ", "၁၅၄၆"),
        ("ខ្សែទូរស័ព្ទបន្ទាន់ ១៥៤៦។", "១៥៤៦"),
        ("ໂທສາຍດ່ວນ ໑໕໔໖.", "໑໕໔໖"),
        ("โทร1546", "1546"),
    ])
    func aNumberInAnyScriptsDigitsIsFoundAsWritten(text: String, number: String) {
        #expect(found(text) == ["\(number)→tel:1546"])
    }

    @Test func severalNumbersAndGroupedNumbersAreFound() {
        #expect(
            found("1546, 1300 or 191; office 02 232 1234 or 02-232-1234") == [
                "1546→tel:1546", "1300→tel:1300", "191→tel:191", "02 232 1234→tel:+6622321234", "02-232-1234→tel:+6622321234",
            ])
    }

    @Test func aNumberThatIsPartOfSomethingLongerIsNot() {
        for text in ["11546", "15460", "1546.5", "1,546", "1.546", "+1546", "TH1546", "1546th", "2-1546", "1546/2", "191919"] {
            #expect(found(text) == [], "\(text)")
        }
        #expect(found("(1546)") == ["1546→tel:1546"])
        #expect(found("**191**:") == ["191→tel:191"])
    }

    @Test func textWithoutNumbersCostsNoSearch() {
        #expect(PhoneLinks.none.matches(in: Array("1546".unicodeScalars)) == [])
        #expect(found("สายด่วน") == [])
    }

    @Test func theByteCheckFindsADigitOfEveryScriptAndPassesOverTextWithout() {
        let links = PhoneLinks(addresses: ["1546": "tel:1546"])
        for text in ["โทร ๑๕๔๖", "ဖုန်း ၁၅၄၆", "ទូរស័ព្ទ ១៥៤៦", "ໂທ ໑໕໔໖", "call 1546", "é 7", "٣"] {
            #expect(text.withCString { links.mayHoldNumber($0) }, "\(text)")
        }
        for text in ["", "โทรหาเรา", "ဖုန်းဆက်ပါ", "ទូរស័ព្ទ", "ໂທຫາ", "call us, é ü"] {
            #expect(!text.withCString { links.mayHoldNumber($0) }, "\(text)")
        }
        #expect(!"1546".withCString { PhoneLinks.none.mayHoldNumber($0) })
    }
}
