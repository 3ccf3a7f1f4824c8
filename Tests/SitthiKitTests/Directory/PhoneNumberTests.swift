import Testing

@testable import SitthiKit

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("0 2246 8994", "tel:+6622468994", "02 246 8994", "+66 2 246 8994"),
        ("02-246-8994", "tel:+6622468994", "02 246 8994", "+66 2 246 8994"),
        ("053112834", "tel:+6653112834", "053 112 834", "+66 53 112 834"),
        ("081 234 5678", "tel:+66812345678", "081 234 5678", "+66 81 234 5678"),
        ("1546", "tel:1546", "1546", "1546"),
        ("191", "tel:191", "191", "191"),
    ])
    func writtenFormsBecomeLinksAndDisplay(_ written: String, _ tel: String, _ display: String, _ international: String) throws {
        let phone = try #require(PhoneNumber(written))
        #expect(phone.telURI == tel)
        #expect(phone.display == display)
        #expect(phone.international == international)
    }

    @Test(arguments: ["12345", "2246 8994", "+66 2 246 8994", "0 2246 899", "022468994123", "15", "1546 ext 2", "๐๒๒๔๖๘๙๙๔", ""])
    func anythingElseIsRejected(_ written: String) {
        #expect(PhoneNumber(written) == nil)
    }
}
