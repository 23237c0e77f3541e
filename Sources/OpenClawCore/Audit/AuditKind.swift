/// Every kind of audit event the gateway and the CLI write: a closed list, documented in
/// docs/AUDIT.md. The raw value is what the store keeps and what `openclaw audit search --type`
/// matches (by prefix, so `secret.` finds every secret event).
package enum AuditKind: String, Sendable, CaseIterable, Codable {
    /// A sender or chat refused by access control; details: `reason` (repeats within the hour are
    /// counted and summarised, see docs/AUDIT.md).
    case accessDenied = "access.denied"
    /// A stranger was given a pairing code.
    case pairingCreated = "pairing.created"
    /// A stranger was refused a code because too many are pending.
    case pairingCapacity = "pairing.capacity"
    /// A stranger's pairing reply was withheld by the pairing-reply rate limits; details: `scope`
    /// (the first per sender and hour; repeats are counted).
    case pairingWithheld = "pairing.withheld"
    /// An operator approved a pairing code; details: `owner` (whether they became the owner).
    case pairingApproved = "pairing.approved"
    case pairingDenied = "pairing.denied"
    case allowlistAdded = "allowlist.added"
    case allowlistRemoved = "allowlist.removed"
    /// A group became a supergroup under a new chat id; details: `from`, `to`.
    case groupMigrated = "group.migrated"
    /// The content filter flagged or blocked a message; details: `rules`, `score`.
    case contentFlagged = "content.flagged"
    case contentBlocked = "content.blocked"
    /// A model reply carried the system prompt's canary and was withheld; details: `rule`.
    case contentPromptLeak = "content.prompt_leak"
    /// A budget threshold, an exhausted budget or a spend spike; details: `kind` and figures.
    case costAlert = "cost.alert"
    /// A secret was created or rotated by the CLI; details: `secret`, fingerprints.
    case secretCreated = "secret.created"
    case secretRotated = "secret.rotated"
    /// The running gateway switched to a changed secret file; details: `secret`, `fingerprint`.
    case secretReloaded = "secret.reloaded"
    /// A changed secret was refused and the old one kept; details: `secret`, `reason`.
    case secretRotationFailed = "secret.rotation_failed"
    /// Telegram could not be reached to confirm a rotated secret; it is tried again with backoff.
    case secretRotationDelayed = "secret.rotation_delayed"
    case secretExpiring = "secret.expiring"
    case secretExpired = "secret.expired"
    /// A stored update was set aside unhandled: it was being handled when the process died twice
    /// (or could not be read); details: `update`, `attempts`.
    case updateParked = "update.parked"
    /// A user's data was erased; details: counts, `requestedBy` and `anonymisedSeqs` (the audit
    /// records whose ids were removed), never whom.
    case gdprErased = "gdpr.erased"
    /// An operator read stored conversations with `openclaw history`; the user or chat looked at
    /// are the event's ids; details: `operator`, `scope`, `since`, `unredacted`, `messages` shown.
    case historyViewed = "history.viewed"
    /// The running gateway applied an edited configuration file; details: `changed` (the key paths
    /// applied), `needsRestart` (key paths whose running values stay until a restart), `trigger`
    /// (`file` or `sighup`). Never a value.
    case configReloaded = "config.reloaded"
    /// An edited configuration file was refused and the running configuration kept; details:
    /// `problems` (key paths), `count`, `trigger`.
    case configRefused = "config.refused"
    /// Retention deleted the oldest audit records; details: `throughSeq`, `throughHash`, `records`.
    case auditPruned = "audit.pruned"
}
