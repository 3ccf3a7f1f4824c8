// swift-tools-version:6.0
import Foundation
import PackageDescription

// The fuzzer for Sitthi's parsers, a package of its own so that the project's `swift build` and
// `swift test` never meet its libFuzzer entry point. `scripts/fuzz` builds it with
// `-sanitize=fuzzer,address` for every module and runs each target named in SitthiKit's `FuzzTargets`.
// A path dependency is known by its folder's name, which is whatever the checkout is called.
let projectFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "SitthiFuzz",
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .executableTarget(
            name: "SitthiFuzzer",
            dependencies: [.product(name: "SitthiKit", package: projectFolder)]
        )
    ]
)
