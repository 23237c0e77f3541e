import ArgumentParser
import Foundation
import OpenClawCore

/// Where a new secret value comes from: standard input, the CSPRNG, or a hidden prompt.
enum SecretsInput {
    /// One value from standard input (all of it, trimmed), refused if its format is wrong.
    static func fromStdin(_ id: String) throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let value = String(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        try validated(id, value)
        return value
    }

    /// A generated value; refuses ids that only their issuer can make.
    static func generated(_ id: String) throws -> String {
        guard let generator = KnownSecret.named(id)?.generator else {
            let generatable = KnownSecret.all.filter(\.isGeneratable).map(\.id).joined(separator: ", ")
            printError("\(id) cannot be generated: it is issued by its service. Generatable: \(generatable)")
            throw ExitCode(1)
        }
        return generator.generate()
    }

    /// Asks with echo off until a value passes its format check; nil when the user enters nothing.
    static func prompt(_ id: String, attempts: Int = 5) -> String? {
        let known = KnownSecret.named(id)
        let what = known.map { "\($0.summary); \($0.format.rule)" } ?? "not a known id, format not checked"
        for _ in 0..<attempts {
            guard let line = HiddenInput.readLine(prompt: "Enter \(id) (\(what); input hidden, empty to skip): ") else { return nil }
            let value = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { return nil }
            if case .invalid(let error) = KnownSecret.check(id: id, value: value) {
                Console.line("refused: \(error). Try again.")
                continue
            }
            return value
        }
        Console.line("giving up on \(id) after \(attempts) attempts")
        return nil
    }

    /// Refuses ids that are not safe file names, before anything is read or written.
    static func checkId(_ id: String) throws {
        do {
            try KnownSecret.checkId(id)
        } catch {
            printError("refused: \(error)")
            throw ExitCode(1)
        }
    }

    static func validated(_ id: String, _ value: String) throws {
        do {
            try KnownSecret.checkId(id)
            try KnownSecret.validate(id: id, value: value)
        } catch {
            printError("refused: \(error)")
            throw ExitCode(1)
        }
    }
}
