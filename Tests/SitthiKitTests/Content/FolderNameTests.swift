import Testing

@testable import SitthiKit

@Suite struct FolderNameTests {
    @Test(arguments: ["wages", "working-hours", "section-2", "a1"])
    func acceptsKebabCase(_ name: String) { #expect(FolderName.isValid(name)) }

    @Test(arguments: ["Wages", "working_hours", "-x", "x-", "a--b", "ค่าจ้าง", "my page", ""])
    func rejectsEverythingElse(_ name: String) { #expect(!FolderName.isValid(name)) }

    @Test func suggestionsAreValidNames() {
        #expect(FolderName.suggestion(for: "Working Hours") == "working-hours")
        #expect(FolderName.suggestion(for: "working_hours") == "working-hours")
        #expect(FolderName.suggestion(for: "ค่าจ้าง") == "kha-cang")
        for name in ["Wages!", "ค่าจ้าง", "လုပ်ခ", "???"] {
            #expect(FolderName.isValid(FolderName.suggestion(for: name)))
        }
    }
}
