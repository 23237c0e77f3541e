/// SQLite's `synchronous` setting for the commits that follow: whether a commit waits for the disk.
enum SQLiteSynchronous: String, Sendable {
    /// Every commit is fsync'd before it returns: it survives a power cut.
    case full = "FULL"
    /// In WAL mode a commit is written but not fsync'd: it survives a process crash, not a power
    /// cut, and the next `full` commit makes it durable too.
    case normal = "NORMAL"
}
