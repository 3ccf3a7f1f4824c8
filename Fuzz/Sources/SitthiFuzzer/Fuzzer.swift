import Foundation

@testable import SitthiKit

/// The target this process fuzzes, from `SITTHI_FUZZ_TARGET` (one of `FuzzTargets.all`'s names).
nonisolated(unsafe) private var target: (@Sendable (String) -> Void)?

/// libFuzzer calls this once before the first input: it picks the target.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let name = ProcessInfo.processInfo.environment["SITTHI_FUZZ_TARGET"] ?? ""
    guard let chosen = FuzzTargets.all[name] else {
        FileHandle.standardError.write(Data("SITTHI_FUZZ_TARGET must be one of: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    target = chosen
    return 0
}

/// libFuzzer calls this with every input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target?(FuzzTargets.text(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver, called from the entry point below.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point. SwiftPM names an executable's entry `<module>_main` and points `main` at
/// it, so libFuzzer's own `main` is not used: this hands the arguments to libFuzzer's driver instead.
@_cdecl("SitthiFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return withUnsafeMutablePointer(to: &arguments) { pointer in
        pointer.withMemoryRebound(to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self, capacity: 1) { rebound in
            runFuzzerDriver(&count, rebound) { data, size in fuzzerTestOneInput(data, size) }
        }
    }
}
