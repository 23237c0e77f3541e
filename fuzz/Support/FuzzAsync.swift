import Dispatch

/// Runs async code to its end from a fuzz entry, which libFuzzer calls synchronously on its own
/// thread (never one of the concurrency pool's, so blocking it cannot starve the task).
package enum FuzzAsync {
    package static func wait<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) -> Result<Value, any Error> {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                box.result = .success(try await body())
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return box.result!
    }
}

/// Written once by the task before it signals, read once by the waiter after: the semaphore orders
/// the two accesses, so no lock is needed.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
