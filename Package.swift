// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sitthi",
    products: [
        .executable(name: "sitthi", targets: ["sitthi"]),
        .library(name: "SitthiKit", targets: ["SitthiKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Pango and Cairo (with fontconfig) for the PDF leaflets and share pictures: Sources/SitthiKit/Drawing/.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CBrotli",
            pkgConfig: "libbrotlienc",
            providers: [.apt(["libbrotli-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // ICU from Debian's libicu-dev, behind one C function (see Sources/CICU/include/CICU.h).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        // The atomic exchange of two paths (renameat2), which Swift's Glibc module does not show.
        .target(name: "CSystemCalls"),
        .target(
            name: "SitthiKit",
            dependencies: [
                "CCmarkGFM",
                "CSystemCalls",
                "CICU",
                "CQRencode",
                "CPangoCairo",
                "CZlib",
                "CBrotli",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The preview server of `sitthi serve`, apart from the library so that only the command needs HTTP.
        .target(
            name: "SitthiPreview",
            dependencies: [
                "SitthiKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "sitthi",
            dependencies: [
                "SitthiKit",
                "SitthiPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitthiKitTests",
            dependencies: ["SitthiKit", "SitthiPreview"],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
