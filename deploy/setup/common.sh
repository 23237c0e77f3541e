# shellcheck shell=bash
# Shared by setup-ubuntu.sh and setup-macos.sh: options, the dry-run/apply switch, idempotent
# file installation and the change count. Sourced, never run.
#
# Every step looks before it changes: a file is written only when its content or mode differs,
# a command runs only when its check says it is needed. A step reports "ok" when nothing was
# needed, so a second run reports "nothing to change".
#
# Test seam: OPENCLAW_SETUP_ROOT=DIR prefixes every system file path with DIR and turns commands
# that act on the running system (packages, services, firewall, kernel) into "skipped" lines, so
# tests can apply the file steps for real into a scratch directory. Do not use it in operation.

DRY_RUN=0
ASSUME_YES=0
SKIP=()
ONLY=()
CHANGES=0
ROOT="${OPENCLAW_SETUP_ROOT:-}"
NEXT_STEPS=()

die() {
    echo "error: $*" >&2
    exit 1
}

say() {
    echo "$*"
}

# Adds a line to the list printed at the end (things only the operator can do).
later() {
    NEXT_STEPS+=("$*")
}

# Reads the common options; calls `usage` (defined by the script) on -h or an unknown option.
parse_options() {
    # shellcheck disable=SC2034 # OPENCLAW_DIR is read by the script that sources this file
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --dry-run | -n) DRY_RUN=1 ;;
            --yes | -y) ASSUME_YES=1 ;;
            --skip | --only)
                [[ $# -ge 2 ]] || die "$1 needs a step name (one of: ${STEPS[*]})"
                local name
                IFS=',' read -r -a names <<<"$2"
                for name in "${names[@]}"; do
                    known_step "$name" || die "unknown step '$name' (steps: ${STEPS[*]})"
                    if [[ "$1" == --skip ]]; then SKIP+=("$name"); else ONLY+=("$name"); fi
                done
                shift
                ;;
            --list)
                printf '%s\n' "${STEPS[@]}"
                exit 0
                ;;
            --dir | --ssh-port | --uid)
                [[ $# -ge 2 ]] || die "$1 needs a value"
                case "$1" in
                    --dir) OPENCLAW_DIR="$(cd "$2" && pwd)" || die "no directory $2" ;;
                    --ssh-port) SSH_PORT="$2" ;;
                    --uid) CONTAINER_UID="$2" ;;
                esac
                shift
                ;;
            -h | --help)
                usage
                exit 0
                ;;
            *)
                usage >&2
                exit 64
                ;;
        esac
        shift
    done
    [[ "${SSH_PORT:-22}" =~ ^[0-9]{1,5}$ ]] || die "--ssh-port must be a port number"
    [[ "${CONTAINER_UID:-0}" =~ ^[0-9]{1,10}$ ]] || die "--uid must be a numeric uid"
}

known_step() {
    local step
    for step in "${STEPS[@]}"; do [[ "$step" == "$1" ]] && return 0; done
    return 1
}

wanted() {
    local step
    for step in "${SKIP[@]}"; do [[ "$step" == "$1" ]] && return 1; done
    [[ ${#ONLY[@]} -eq 0 ]] && return 0
    for step in "${ONLY[@]}"; do [[ "$step" == "$1" ]] && return 0; done
    return 1
}

require_root() {
    [[ "$(id -u)" -eq 0 ]] || die "run this as root or with sudo (sudo $0 $*)"
}

# One confirmation for the whole run; --yes answers it, a dry run needs none.
confirm_run() {
    [[ $DRY_RUN -eq 1 || $ASSUME_YES -eq 1 ]] && return 0
    [[ -t 0 ]] || die "standard input is not a terminal: pass --yes for an unattended run, or --dry-run to see the plan"
    local answer
    read -r -p "Apply the steps above to this machine? [y/N] " answer
    [[ "$answer" == [yY] || "$answer" == [yY][eE][sS] ]] || die "nothing changed"
}

# Runs a command that changes the system, or says what it would run. Under OPENCLAW_SETUP_ROOT
# it is only named, and not counted: nothing on this machine changed.
apply() {
    if [[ -n "$ROOT" && $DRY_RUN -eq 0 ]]; then
        say "  skipped (OPENCLAW_SETUP_ROOT): $*"
        return 0
    fi
    apply_local "$@"
}

# The path of a system file, under OPENCLAW_SETUP_ROOT in tests.
sysfile() {
    echo "${ROOT}$1"
}

# Installs CONTENT (from standard input) as FILE with MODE when it differs; returns 0 when it
# changed (or would), 1 when it already matched.
install_content() {
    local file mode content current_mode
    file="$(sysfile "$1")"
    mode="$2"
    content="$(cat)"
    if [[ -f "$file" && "$(cat "$file")" == "$content" ]]; then
        current_mode="$(stat -c '%a' "$file" 2>/dev/null || stat -f '%Lp' "$file")"
        if [[ "$current_mode" == "${mode#0}" ]]; then
            say "  ok: $1"
            return 1
        fi
    fi
    CHANGES=$((CHANGES + 1))
    if [[ $DRY_RUN -eq 1 ]]; then
        if [[ -f "$file" ]]; then say "  would update $1 (mode $mode):"; else say "  would create $1 (mode $mode):"; fi
        printf '%s\n' "$content" | sed 's/^/    | /'
        return 0
    fi
    say "  writing $1 (mode $mode)"
    mkdir -p "$(dirname "$file")"
    local temporary
    temporary="$(mktemp "$(dirname "$file")/.openclaw-setup.XXXXXX")"
    printf '%s\n' "$content" >"$temporary"
    chmod "$mode" "$temporary"
    mv -f "$temporary" "$file"
    return 0
}

# Creates DIR with MODE (and OWNER when given) unless it already is so.
ensure_directory() {
    local directory="$1" mode="$2" owner="${3:-}"
    if [[ -d "$directory" ]]; then
        local current_mode current_owner
        current_mode="$(stat -c '%a' "$directory" 2>/dev/null || stat -f '%Lp' "$directory")"
        current_owner="$(stat -c '%u:%g' "$directory" 2>/dev/null || stat -f '%u:%g' "$directory")"
        if [[ "$current_mode" == "${mode#0}" && ( -z "$owner" || "$current_owner" == "$owner" ) ]]; then
            say "  ok: $directory (mode $mode${owner:+, owner $owner})"
            return 0
        fi
    else
        apply_local mkdir -p "$directory"
    fi
    apply_local chmod "$mode" "$directory"
    [[ -n "$owner" ]] && apply_local chown "$owner" "$directory"
    return 0
}

# Like `apply`, for commands on openclaw's own files (not the running system): they also run
# under OPENCLAW_SETUP_ROOT.
apply_local() {
    CHANGES=$((CHANGES + 1))
    if [[ $DRY_RUN -eq 1 ]]; then
        say "  would run: $*"
    else
        say "  + $*"
        "$@"
    fi
}

# Generates each missing secret with `openclaw secrets init --generate` through the script's
# `openclaw_cli`; without a CLI yet, says what is pending.
# shellcheck disable=SC2317 # called by the scripts that source this file
generate_secrets() {
    local secrets_dir="$OPENCLAW_DIR/secrets" id cli pending=()
    [[ -d "$secrets_dir" ]] || apply_local install -d -m 0700 "$secrets_dir"
    cli="$(openclaw_cli)"
    for id in "$@"; do
        if [[ -s "$secrets_dir/$id" ]]; then
            say "  ok: $id exists"
        elif [[ -z "$cli" ]]; then
            say "  pending: $id (no openclaw CLI here yet)"
            pending+=("$id")
        else
            # shellcheck disable=SC2086 # $cli is a command line of our own making
            apply_local $cli secrets init --dir "$secrets_dir" --generate "$id"
        fi
    done
    if [[ ${#pending[@]} -gt 0 ]]; then
        later "generate ${pending[*]}: build openclaw first (the image, or swift build -c release), then: sudo $0 --only secrets,grafana"
    fi
}

step() {
    say ""
    say "== $1: $2"
}

# Prints the plan, asks once, runs each wanted step (`step_<name>`), then the summary.
# $1 names the system for the plan's first line.
run_steps() {
    local planned=() name
    for name in "${STEPS[@]}"; do wanted "$name" && planned+=("$name"); done
    [[ ${#planned[@]} -gt 0 ]] || die "every step was skipped"
    say "openclaw host setup for $1"
    say "checkout: $OPENCLAW_DIR"
    say "steps: ${planned[*]}${SKIP[*]:+ (skipped: ${SKIP[*]})}"
    [[ $DRY_RUN -eq 1 ]] && say "dry run: nothing will be changed"
    confirm_run
    for name in "${planned[@]}"; do "step_$name"; done
    finish
}

finish() {
    say ""
    if [[ $DRY_RUN -eq 1 ]]; then
        say "dry run: $CHANGES change(s) would be made; nothing was changed"
    elif [[ $CHANGES -eq 0 ]]; then
        say "nothing to change: this machine already matches"
    else
        say "done: $CHANGES change(s) made"
    fi
    if [[ ${#NEXT_STEPS[@]} -gt 0 ]]; then
        say ""
        say "Left for you:"
        local line
        for line in "${NEXT_STEPS[@]}"; do say "  - $line"; done
    fi
}
