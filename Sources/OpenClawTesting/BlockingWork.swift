import Foundation

/// Runs blocking work (waiting on a child process, polling a pty) on a thread of its own.
///
/// Swift's cooperative pool has one thread per core — two on CI. A test that blocks one while a
/// child process waits for this process's in-loopback simulators (which need the pool to answer)
/// can starve everything; off the pool it cannot.
package enum BlockingWork {
    package static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.start()
        }
    }
}
