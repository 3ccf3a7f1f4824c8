import Foundation

/// A request's `Accept-Encoding` header (for `serve`), read as RFC 9110 says: a list of codings, each with an
/// optional weight (`br;q=0.8`), where `q=0` refuses a coding and `*` stands for every coding not named.
public struct AcceptEncoding: Sendable, Equatable {
    /// The encodings the client takes, the preferred first (brotli before gzip when weighed the same).
    public let preferred: [ContentEncoding]

    public init(_ header: String?) {
        var weights: [String: Double] = [:]
        for item in (header ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let name = parts.first, !name.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            weights[name] = max(0, min(1, weight))
        }
        let wildcard = weights["*"]
        let weighed = ContentEncoding.allCases.compactMap { encoding -> (ContentEncoding, Double)? in
            // `x-gzip` is gzip's old name, still sent by some clients.
            let weight = weights[encoding.rawValue] ?? (encoding == .gzip ? weights["x-gzip"] : nil) ?? wildcard ?? 0
            return weight > 0 ? (encoding, weight) : nil
        }
        // A stable sort keeps ContentEncoding's order (brotli first) between equal weights.
        preferred = weighed.enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }.map(\.element.0)
    }
}
