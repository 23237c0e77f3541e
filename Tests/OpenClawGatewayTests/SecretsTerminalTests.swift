#if canImport(Glibc)
import OpenClawTesting
import Glibc
#endif
import Foundation
import OpenClawCore
import Testing

/// `openclaw secrets init` driven through a pseudo-terminal, as a person at a keyboard would.
@Suite(.serialized) struct SecretsTerminalTests {
    /// The parent's side of a pty; the child gets the slave as its terminal.
    final class Terminal {
        let master: Int32
        let slave: Int32
        private(set) var screen = ""

        init() throws {
            let pty = try PTYFunctions()
            master = pty.openpt(O_RDWR | O_NOCTTY)
            guard master >= 0, pty.grantpt(master) == 0, pty.unlockpt(master) == 0, let name = pty.ptsname(master) else {
                throw POSIXError(.ENXIO)
            }
            slave = open(String(cString: name), O_RDWR | O_NOCTTY)
            guard slave >= 0 else { throw POSIXError(.ENXIO) }
        }

        deinit {
            close(master)
            close(slave)
        }

        func type(_ text: String) {
            _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }

        /// Reads what the terminal shows until `text` appears; false after `seconds`.
        @discardableResult
        func waitFor(_ text: String, occurrence: Int = 1, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            // A repeated prompt must be waited for as the new occurrence: typing on the strength of
            // the old one races the program, which may not have turned echo off again yet.
            while screen.components(separatedBy: text).count - 1 < occurrence {
                guard Date() < deadline else { return false }
                drain(milliseconds: 100)
            }
            return true
        }

        func drain(milliseconds: Int32) {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, milliseconds) > 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count > 0 { screen += String(decoding: buffer[..<count], as: UTF8.self) }
        }
    }

    /// Glibc's pty functions. Its headers declare them only under `_XOPEN_SOURCE`, which Swift's
    /// Glibc module does not set, so they are looked up in the already-loaded C library.
    struct PTYFunctions {
        let openpt: @convention(c) (Int32) -> Int32
        let grantpt: @convention(c) (Int32) -> Int32
        let unlockpt: @convention(c) (Int32) -> Int32
        let ptsname: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

        init() throws {
            func symbol<T>(_ name: String, as type: T.Type) throws -> T {
                guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw POSIXError(.ENOSYS) }
                return unsafeBitCast(address, to: type)
            }
            openpt = try symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
            grantpt = try symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
            unlockpt = try symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
            ptsname = try symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
        }
    }

    /// Synchronous on purpose: it blocks one thread for well under a second, and its child needs
    /// nothing from this process (unlike the CLI tests, whose children call the simulators).
    @Test func typedSecretsAreNotEchoedWhileThePromptIs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pty-secrets-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let terminal = try Terminal()
        let tty = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
        let process = Process()
        process.executableURL = OpenClawProcess.executable
        process.arguments = ["secrets", "init", "--dir", root + "/secrets"]
        process.environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb"]
        process.standardInput = tty
        process.standardOutput = tty
        process.standardError = tty
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let token = "123456789:AAE-fixture_value_not_real_00000000"
        let anthropicKey = "sk-ant-api03-fixture_typed_not_real"
        #expect(terminal.waitFor("Enter telegram_bot_token"))
        terminal.type("123:typo-fixture\n")
        #expect(terminal.waitFor("refused: secret 'telegram_bot_token' does not have the expected format"))
        #expect(terminal.waitFor("Enter telegram_bot_token", occurrence: 2, seconds: 5))
        terminal.type(token + "\n")
        #expect(terminal.waitFor("telegram_bot_token: written to"))
        #expect(terminal.waitFor("telegram_webhook_secret: generate a random value? [Y/n]"))
        terminal.type("y\n")
        #expect(terminal.waitFor("gateway_token: generate a random value? [Y/n]"))
        terminal.type("\n")
        #expect(terminal.waitFor("Enter anthropic_api_key"))
        terminal.type(anthropicKey + "\n")
        #expect(terminal.waitFor("Enter openai_api_key"))
        terminal.type("\n")
        #expect(terminal.waitFor("storage_encryption_key: generate"))
        terminal.type("y\n")
        #expect(terminal.waitFor("audit_signing_key: generate"))
        terminal.type("y\n")
        #expect(terminal.waitFor("backup_encryption_key: generate"))
        terminal.type("y\n")
        #expect(terminal.waitFor("grafana_admin_password: generate"))
        terminal.type("y\n")
        #expect(terminal.waitFor("Enter smtp_password"))
        terminal.type("\n")
        #expect(terminal.waitFor("Not written: openai_api_key, smtp_password"))
        process.waitUntilExit()
        terminal.drain(milliseconds: 200)

        #expect(process.terminationStatus == 1, "two secrets were skipped")
        let screen = terminal.screen
        #expect(screen.contains("(Telegram bot token from @BotFather; <5-16 digits>:<35 characters of A-Za-z0-9_->; input hidden, empty to skip)"))
        #expect(!screen.contains("fixture_value"), "the bot token was echoed")
        #expect(!screen.contains("typo-fixture"), "the refused value was echoed")
        #expect(!screen.contains("fixture_typed"), "the API key was echoed")
        #expect(screen.contains("[Y/n] y"), "ordinary answers are still echoed: echo was restored after each hidden prompt")
        let stored = FileManager.default.contents(atPath: root + "/secrets/telegram_bot_token").map { String(decoding: $0, as: UTF8.self) }
        #expect(stored == token)
        #expect(FileManager.default.contents(atPath: root + "/secrets/anthropic_api_key") == Data(anthropicKey.utf8))
    }
}
