// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Fortschritt",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fortschritt", targets: ["fortschritt"]),
        .executable(name: "fortschritt-bench", targets: ["fortschritt-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.25.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // The rules of a strategy, its measures and their history. Imports only Foundation.
        .target(name: "FortschrittDomain"),
        // Reading and writing catalogues as cities keep them: CSV spreadsheets and JSON.
        .target(
            name: "FortschrittExchange",
            dependencies: ["FortschrittDomain"],
            // The Mannheim catalogue as the city published it, loaded by `serve --demo` and the tests.
            resources: [
                .copy("Demo/mannheim-massnahmenkatalog-2020-12.csv"), .copy("Demo/smart-city-fassung-1.md"),
                .copy("Demo/smart-city-fassung-2.md"),
            ]
        ),
        // The council report as documents (HTML with Plot, Markdown, CSV, the SVG chart), generated and published.
        .target(
            name: "FortschrittDocuments",
            dependencies: [
                "FortschrittDomain", "FortschrittExchange",
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // SQLKit over SQLite and PostgreSQL: migrations and the one query layer for both.
        .target(
            name: "FortschrittStore",
            dependencies: [
                "FortschrittDomain",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Mail: the outbox's worker and the SMTP client.
        .target(
            name: "FortschrittMail",
            dependencies: [
                "FortschrittDomain",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // HTTP: Hummingbird stays inside this module.
        .target(
            name: "FortschrittServer",
            dependencies: [
                "FortschrittDomain",
                "FortschrittExchange",
                "FortschrittDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Ink", package: "Ink"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        // The command line, as a library so that tests can run its commands.
        .target(
            name: "FortschrittCLI",
            dependencies: [
                "FortschrittDomain",
                "FortschrittExchange",
                "FortschrittDocuments",
                "FortschrittStore",
                "FortschrittMail",
                "FortschrittServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "fortschritt", dependencies: ["FortschrittCLI"]),
        .executableTarget(
            name: "fortschritt-bench",
            dependencies: [
                "FortschrittDomain",
                "FortschrittExchange",
                "FortschrittDocuments",
                "FortschrittStore",
                "FortschrittServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Opens a fresh database for a test: SQLite by default, PostgreSQL when TEST_DATABASE_URL says so.
        .target(
            name: "FortschrittTestSupport",
            dependencies: ["FortschrittDomain", "FortschrittStore", .product(name: "SQLKit", package: "sql-kit")],
            path: "Tests/FortschrittTestSupport"),
        .testTarget(name: "FortschrittDomainTests", dependencies: ["FortschrittDomain"]),
        .testTarget(
            name: "FortschrittMailTests",
            dependencies: [
                "FortschrittDomain", "FortschrittMail", "FortschrittStore", "FortschrittTestSupport",
                .product(name: "Logging", package: "swift-log"), .product(name: "SQLKit", package: "sql-kit"),
            ]),
        .testTarget(name: "FortschrittExchangeTests", dependencies: ["FortschrittDomain", "FortschrittExchange"]),
        .testTarget(
            name: "FortschrittDocumentsTests",
            dependencies: [
                "FortschrittDomain", "FortschrittExchange", "FortschrittDocuments",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "FortschrittStoreTests",
            dependencies: [
                "FortschrittDomain", "FortschrittExchange", "FortschrittDocuments", "FortschrittStore",
                "FortschrittTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "FortschrittServerTests",
            dependencies: [
                "FortschrittDomain",
                "FortschrittDocuments",
                "FortschrittServer",
                "FortschrittStore",
                "FortschrittMail",
                "FortschrittExchange",
                "FortschrittCLI",
                .product(name: "Crypto", package: "swift-crypto"),
                "FortschrittTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            ],
            // The pages' HTML as recorded, read by the snapshot test from the source tree.
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "FortschrittCLITests",
            dependencies: [
                "FortschrittCLI", "FortschrittDomain", "FortschrittStore", "FortschrittExchange",
                "FortschrittDocuments",
                "FortschrittTestSupport", .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The demo report's recorded hashes, read by the golden test from the source tree.
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
