import NIOPosix

/// The thread of one SQLite connection, as an executor a store call prefers: the call's code and
/// its statements run here together, so a statement costs no hop between threads.
///
/// A thread of its own because SQLite's busy handler sleeps on the calling thread: on a shared
/// pool, two connections waiting for a lock could starve the one holding it.
final class SQLiteConnectionThread: TaskExecutor {
    private let pool = NIOThreadPool(numberOfThreads: 1)

    init() {
        pool.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        // A job submitted after shutdown runs at once on the caller's thread (the work item is
        // `.cancelled`): a task is never left waiting for a thread that is gone.
        pool.submit { _ in job.runSynchronously(on: executor) }
    }

    func shutdown() async throws {
        try await pool.shutdownGracefully()
    }
}
