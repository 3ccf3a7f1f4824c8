import Testing

@testable import SitthiKit

@Suite struct SearchTermFinderTests {
    func page(_ url: String, _ sections: [(String?, String)]) -> IndexedPage {
        IndexedPage(
            url: url, title: url, kind: .article,
            sections: sections.map { SearchSection(anchor: $0.0, heading: $0.0, text: SearchNormalizer.clean($0.1)) })
    }

    @Test func eachTermLinksToThePagesThatHoldItAtTheFirstSection() {
        let pages = [
            page("/th/a/", [(nil, "ลาป่วย — สรุป"), ("x", "นายจ้างจ่ายค่าชดเชย"), ("y", "ค่าชดเชย อีกครั้ง")]),
            page("/th/b/", [(nil, "ไม่มี"), ("z", "โทรสายด่วน 1546")]),
            page("/th/c/", [(nil, "ค่าชดเชย ในชื่อ"), ("w", "สายด่วน")]),
        ]
        let places = SearchTermFinder(terms: ["ค่าชดเชย", "สายด่วน", "ลาป่วย", "ลากิจ"]).places(in: pages)
        typealias Place = SearchTermFinder.Place
        #expect(places[0] == [Place(page: 0, anchor: "x"), Place(page: 2, anchor: nil)])
        #expect(places[1] == [Place(page: 1, anchor: "z"), Place(page: 2, anchor: "w")])
        #expect(places[2] == [Place(page: 0, anchor: nil)])
        #expect(places[3] == [])
    }

    @Test func matchingIsTheSearchsExactStringWithLatinCaseFolded() {
        let pages = [page("/en/a/", [(nil, "Call the HOTLINE"), ("b", "Labour Protection Act, section 118")])]
        let places = SearchTermFinder(terms: ["hotline", "labour protection act", "hot line", "Act 118"]).places(in: pages)
        #expect(places.map(\.count) == [1, 1, 0, 0])
        // A term in lower case finds the text's capitals, alone or among terms in other scripts.
        #expect(SearchTermFinder(terms: ["hotline"]).places(in: pages).map(\.count) == [1])
        #expect(SearchTermFinder(terms: ["สายด่วน", "protection"]).places(in: pages).map(\.count) == [0, 1])
        #expect(SearchTermFinder(terms: ["élan"]).places(in: [page("/en/b/", [(nil, "ÉLAN")])]).map(\.count) == [1])
        // Terms sharing a first character are all looked for, a shorter one inside a longer one too.
        let overlapping = SearchTermFinder(terms: ["Labour", "Labour Protection", "section 1", "section 118"]).places(in: pages)
        #expect(overlapping.map { $0.map(\.anchor) } == [["b"], ["b"], ["b"], ["b"]])
    }
}
