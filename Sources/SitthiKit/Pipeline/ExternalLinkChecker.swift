import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A link from the content to another site.
struct ExternalLink: Sendable, Hashable {
    var url: String
    var location: SourceLocation
}

/// Asks each linked site whether the page is there (`check --external`): a HEAD request, then a GET
/// where HEAD is refused; an error page (4xx, 5xx) or no answer is an error at the link. Each address
/// is asked once, a few at a time, with a time limit.
struct ExternalLinkChecker: Sendable {
    var timeout: TimeInterval = 15
    var concurrency = 4

    init() {}

    /// The problems found, in file order.
    func check(_ links: [ExternalLink]) async -> [Diagnostic] {
        let urls = Array(Set(links.map(\.url))).sorted()
        var results: [String: String?] = [:]
        await withTaskGroup(of: (String, String?).self) { group in
            var next = urls.makeIterator()
            func add() -> Bool {
                guard let url = next.next() else { return false }
                group.addTask { (url, await self.problem(with: url)) }
                return true
            }
            for _ in 0..<concurrency where add() {}
            while let (url, problem) = await group.next() {
                results[url] = problem
                _ = add()
            }
        }
        return links.compactMap { link in
            guard let problem = results[link.url] ?? nil else { return nil }
            return Diagnostic(.error, "link `\(link.url)`: \(problem)", at: link.location)
        }
    }

    /// What is wrong with an address, or `nil` when the page is there.
    func problem(with address: String) async -> String? {
        guard let url = URL(string: address) else { return "not a valid address" }
        var status = 0
        for method in ["HEAD", "GET"] {
            var request = URLRequest(url: url, timeoutInterval: timeout)
            request.httpMethod = method
            do {
                let (_, response) = try await URLSession.shared.data(for: request)
                status = (response as? HTTPURLResponse)?.statusCode ?? 0
            } catch {
                return "no answer (\(error.localizedDescription))"
            }
            if status != 405 && status != 501 { break }
        }
        return (200..<400).contains(status) ? nil : "the site answers \(status)"
    }
}
