import Foundation
import Testing

@testable import SitthiKit

/// The search index on the shipped site: for real words (and pieces of words, and strings across word
/// boundaries) taken from the pages, every page that holds the string is a candidate and a result, and
/// no result lacks it.
@Suite struct SearchIndexTests {
    static let outline: SiteOutline? = {
        let root = FixtureSite.repositoryRoot.path
        let loaded = Loader(root: root, diagnostics: Diagnostics()).load()
        guard let parsed = Parser(diagnostics: Diagnostics()).parse(loaded, today: FixtureSite.today) else { return nil }
        return Assembler(diagnostics: Diagnostics()).assemble(parsed, today: FixtureSite.today).outline
    }()

    static let words: [(String, [String])] = [
        (
            "th",
            [
                "ลูกจ้าง", "นายจ้าง", "ค่าจ้าง", "หนังสือเดินทาง", "ประกันสังคม", "ล่วงเวลา", "ลาป่วย", "เลิกจ้าง",
                "ค่าชดเชย", "ใบอนุญาตทำงาน", "แรงงานบังคับ",
                "จ้างขั้น",  // across the boundary of ค่าจ้าง|ขั้นต่ำ
                "อนุญาต",  // inside a longer word
                "เชียงใหม่",  // a province
            ]
        ),
        (
            "my",
            [
                "အလုပ်သမား", "ဟော့လိုင်း", "ရဲ", "လူမှုဖူလုံရေး", "အလုပ်အကိုင်ဦးစီးဌာန", "လူမှုရေးအကူအညီစင်တာ",
                "ဝန်ကြီးဌာန", "ပစ္စည်း", "အဓမ္မ", "ဗုဒ္ဓသက္ကရာဇ်", "စစ်ဆေးရေးမှူး",
                "သမားများ",  // across a word boundary, in the middle of a run
            ]
        ),
        (
            "km",
            [
                "ច្បាប់ការពារកម្មករ", "កម្មករ", "របួស", "ឆ្នាំ", "មាត្រា", "ប៉ូលិស", "អធិការការងារ", "ខ្សែទូរស័ព្ទបន្ទាន់",
                "សន្តិសុខសង្គម", "ក្រសួងការងារ", "មជ្ឈមណ្ឌលជំនួយសង្គម",
                "ការពារកម្ម",  // a piece across two words
            ]
        ),
        (
            "lo",
            [
                "ພະລາຊະບັນຍັດຄຸ້ມຄອງແຮງງານ", "ຄ່າຈ້າງ", "ລູກຈ້າງ", "ກົດກະຊວງ", "ປະກັນສັງຄົມ", "ກະຊວງແຮງງານ",
                "ກົມການຈັດຫາງານ", "ເຮັດວຽກ", "ຂັ້ນຕ່ຳ", "ສະຫວັດດີການ",
                "ຈ້າງຂັ້ນ",  // across a word boundary
            ]
        ),
        (
            "en",
            [
                "passport", "overtime", "employer", "wage", "Labour Protection Act", "social security", "hotline",
                "sick leave", "severance", "work permit", "Chiang Mai", "inspector",
            ]
        ),
    ]

    /// The pages whose text holds `query`, found by reading every section's text in full.
    private func pagesHolding(_ query: String, in index: SearchIndex) -> [Int] {
        let needle = Array(SearchNormalizer.normalize(query).utf8)
        var pages: [Int] = []
        for entry in index.entries where SearchIndex.contains(Array(entry.folded.utf8), needle) {
            if pages.last != entry.page { pages.append(entry.page) }
        }
        return pages
    }

    @Test(arguments: words)
    func everyPageHoldingAWordIsFoundAndNoOther(_ language: String, _ words: [String]) throws {
        let outline = try #require(Self.outline)
        let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
        for word in words {
            let normalized = SearchNormalizer.normalize(word)
            let holding = pagesHolding(word, in: index)
            #expect(!holding.isEmpty, "\(word) is on no \(language) page")
            let candidates = Set(index.candidates(for: normalized).map { index.entries[$0].page })
            #expect(Set(holding).isSubset(of: candidates), "\(word)")
            #expect(index.pagesMatching(word) == holding, "\(word)")
        }
    }

    @Test(arguments: ["th", "my", "km", "lo", "en"])
    func everyTextFileHoldingAWordIsAResult(_ language: String) throws {
        // Independent of the index's own text: the Markdown files, read as the editor wrote them.
        let outline = try #require(Self.outline)
        let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
        let words = try #require(Self.words.first { $0.0 == language }?.1)
        var documents: [(url: String, path: String)] = outline.articles.compactMap { article in
            article.texts[language].map { (Router.url(language, article.folder), $0.path) }
        }
        documents += outline.sections.compactMap { section in
            section.introductions[language].map { (Router.url(language, section.folder), $0.path) }
        }
        for word in words {
            let found = Set(index.pagesMatching(word).map { index.pages[$0].url })
            for document in documents {
                let source = try String(
                    contentsOf: FixtureSite.repositoryRoot.appendingPathComponent(document.path), encoding: .utf8)
                if SearchNormalizer.normalize(source).contains(SearchNormalizer.normalize(word)) {
                    #expect(found.contains(document.url), "\(word) is in \(document.path)")
                }
            }
        }
    }

    @Test func verificationDropsCandidatesThatHoldTheLettersButNotTheString() throws {
        let outline = try #require(Self.outline)
        let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: "km"))
        // Khmer របួស ("injury") and របស់ ("of") share their first letters; a section may hold every
        // pair of a query without holding the query.
        var dropped = 0
        for word in ["របួស", "ការពារកម្ម", "ច្បាប់ការពារកម្មករ"] {
            let normalized = SearchNormalizer.normalize(word)
            let candidates = index.candidates(for: normalized)
            let matches = index.matches(for: word)
            #expect(Set(matches).isSubset(of: Set(candidates)))
            for number in Set(candidates).subtracting(matches) {
                #expect(!index.entries[number].folded.contains(normalized))
                dropped += 1
            }
        }
        #expect(dropped > 0, "no candidate was dropped: the test shows nothing")
        // A section with របស់ but not របួស is never a result for របួស.
        let ofOnly = index.matches(for: "របស់").filter { !index.entries[$0].folded.contains("របួស") }
        #expect(!ofOnly.isEmpty)
        #expect(Set(index.matches(for: "របួស")).isDisjoint(with: ofOnly))
    }

    @Test func provincesAreFoundByTheirNameInEveryLanguage() throws {
        let outline = try #require(Self.outline)
        let directory = try #require(outline.directory)
        let chiangMai = try #require(directory.provinces.first { $0.slug == "chiang-mai" })
        for language in ["th", "my", "km", "lo", "en"] {
            let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
            for name in chiangMai.names.values where !name.isEmpty {
                let urls = index.pagesMatching(name).map { index.pages[$0].url }
                #expect(urls.contains("/\(language)/offices/chiang-mai/"), "\(name) on \(language)")
            }
        }
    }
}

extension SearchIndexTests {
    @Test(arguments: [
        ("km", "ឆ្នាំ", "ប្រចាំឆ្នាំ"), ("my", "ပစ္စည်း", "ဓာတုပစ္စည်း"), ("lo", "ເຮັດວຽກ", "ບ່ອນເຮັດວຽກ"),
    ])
    func aWordInsideACompoundICUKeepsWholeIsFound(_ language: String, _ word: String, _ compound: String) throws {
        // ICU makes `compound` one word (SearchWordBreakerTests); its pages are results for `word` all the same.
        let outline = try #require(Self.outline)
        let index = SearchIndex(pages: SearchCorpus.pages(in: outline, language: language))
        let withCompound = Set(index.pagesMatching(compound))
        #expect(!withCompound.isEmpty)
        #expect(withCompound.isSubset(of: Set(index.pagesMatching(word))))
    }
}
