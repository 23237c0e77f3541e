// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // Our own targets build without a warning, and stay so.
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "openclaw",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "openclaw", targets: ["openclaw"]),
        .executable(name: "openclaw-bench", targets: ["OpenClawBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "OpenClawCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // The host files the gateway and the CLI read and write (the secrets folder, the audit
        // checkpoint log), so that OpenClawCore only decides and never does I/O.
        .target(name: "OpenClawFiles", dependencies: ["OpenClawCore"], swiftSettings: swiftSettings),
        .target(
            name: "OpenClawStore",
            dependencies: [
                "OpenClawCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenClawTelegram",
            dependencies: [
                "OpenClawCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenClawLLM",
            dependencies: [
                "OpenClawCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TelegramSimulator",
            dependencies: [
                "OpenClawTelegram",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ModelSimulator",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenClawGateway",
            dependencies: [
                "OpenClawCore", "OpenClawFiles", "OpenClawStore", "OpenClawTelegram", "OpenClawLLM",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenClawTesting",
            dependencies: [
                "OpenClawCore", "OpenClawFiles", "OpenClawStore", "OpenClawGateway", "OpenClawTelegram", "OpenClawLLM", "TelegramSimulator", "ModelSimulator",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenClawOperations",
            dependencies: [
                "OpenClawCore", "OpenClawFiles", "OpenClawStore", "OpenClawGateway",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "openclaw",
            dependencies: [
                "OpenClawCore", "OpenClawFiles", "OpenClawStore", "OpenClawGateway", "OpenClawTelegram", "OpenClawOperations",
                "TelegramSimulator", "ModelSimulator", "OpenClawLLM", "OpenClawTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "OpenClawBench",
            dependencies: [
                "OpenClawCore", "OpenClawGateway", "OpenClawTelegram", "OpenClawTesting",
                "TelegramSimulator", "ModelSimulator",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "OpenClawCoreTests", dependencies: ["OpenClawCore", "OpenClawFiles"], swiftSettings: swiftSettings),
        .testTarget(
            name: "OpenClawStoreTests",
            dependencies: ["OpenClawStore", "OpenClawCore", .product(name: "SQLKit", package: "sql-kit"), .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenClawTelegramTests",
            dependencies: [
                "OpenClawTelegram", "TelegramSimulator", "OpenClawCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenClawLLMTests",
            dependencies: ["OpenClawLLM", "ModelSimulator", "OpenClawCore", .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenClawOperationsTests",
            dependencies: ["OpenClawOperations", "OpenClawCore", "OpenClawFiles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenClawGatewayTests",
            dependencies: [
                "OpenClawGateway", "OpenClawFiles", "TelegramSimulator", "ModelSimulator", "OpenClawStore", "OpenClawTelegram", "OpenClawLLM", "OpenClawTesting", "OpenClawOperations",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

// Fuzz targets (fuzz/README.md): a replayer of saved inputs in a plain build; with OPENCLAW_FUZZ=1
// (fuzz/run.sh sets it) a libFuzzer binary, with only our own modules instrumented for coverage and
// AddressSanitizer, so the dependencies an ordinary build already compiled are reused as they are.
let fuzzing = Context.environment["OPENCLAW_FUZZ"] == "1"
// OPENCLAW_FUZZ_ASAN=0 leaves AddressSanitizer out (coverage only): the long run's build, several
// times faster per input; our parsers are safe Swift, so ASan's checks belong to CI's short run.
let fuzzSanitizers = Context.environment["OPENCLAW_FUZZ_ASAN"] == "0" ? "-sanitize=fuzzer" : "-sanitize=fuzzer,address"
let fuzzInstrumentation: [SwiftSetting] = fuzzing ? [.unsafeFlags([fuzzSanitizers]), .define("FUZZING")] : []
// ld.lld, not gold: the fuzz binary's `main` is our own (it calls LLVMFuzzerRunDriver), which gold mislinks.
let fuzzLinking: [LinkerSetting] = fuzzing ? [.unsafeFlags([fuzzSanitizers, "-use-ld=lld"])] : []
let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("FuzzTelegramUpdate", ["OpenClawTelegram", "OpenClawCore"]),
    ("FuzzBotAPIAnswer", ["OpenClawTelegram", "OpenClawCore"]),
    ("FuzzModelAnswer", ["OpenClawLLM", "OpenClawCore", .product(name: "NIOCore", package: "swift-nio")]),
    ("FuzzRetryAfter", ["OpenClawLLM", "OpenClawTelegram"]),
    ("FuzzConfigFile", ["OpenClawCore", "OpenClawTelegram", "OpenClawLLM"]),
    ("FuzzConfigOverrides", ["OpenClawGateway", "OpenClawFiles", "OpenClawCore"]),
    ("FuzzSecretFile", ["OpenClawFiles", "OpenClawCore"]),
    ("FuzzRedactor", ["OpenClawCore"]),
    ("FuzzContentFilter", ["OpenClawCore"]),
    ("FuzzMessageChunker", ["OpenClawTelegram"]),
    ("FuzzBackupFile", ["OpenClawOperations", "OpenClawFiles", .product(name: "Logging", package: "swift-log")]),
]
for target in package.targets where ["OpenClawCore", "OpenClawFiles", "OpenClawStore", "OpenClawTelegram", "OpenClawLLM", "OpenClawGateway", "OpenClawOperations"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + fuzzInstrumentation
}
// The harness itself is not instrumented: its loops and comparisons are no coverage of ours.
package.targets.append(.target(name: "FuzzSupport", path: "fuzz/Support", swiftSettings: swiftSettings + (fuzzing ? [.define("FUZZING")] : [])))
package.targets += fuzzTargets.map { target in
    .executableTarget(
        name: target.name,
        dependencies: ["FuzzSupport"] + target.dependencies,
        path: "fuzz/Targets/\(target.name)",
        swiftSettings: swiftSettings + fuzzInstrumentation,
        linkerSettings: fuzzLinking
    )
}
