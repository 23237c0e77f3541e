#!/usr/bin/env bash
# Hardens an Ubuntu host (22.04 or newer) for openclaw: the seed's "System Security" and
# "Network Security" and the initial-setup checklist of docs/SECURITY.md.
#
#   sudo ./setup-ubuntu.sh --dry-run          print every change, make none
#   sudo ./setup-ubuntu.sh                    show the plan, ask once, apply
#   sudo ./setup-ubuntu.sh --yes              unattended
#   sudo ./setup-ubuntu.sh --skip tailscale   leave a step out (repeatable, or a,b,c)
#   sudo ./setup-ubuntu.sh --only ufw         run only these steps
#
# Idempotent: every step checks before it changes; a second run says "nothing to change".
set -euo pipefail

STEPS=(docker gvisor ufw fail2ban tailscale upgrades auditd apparmor secrets grafana)
OPENCLAW_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SSH_PORT=""
CONTAINER_UID=""
# shellcheck source=deploy/setup/common.sh
source "$OPENCLAW_DIR/deploy/setup/common.sh"

usage() {
    cat <<EOF
usage: sudo $0 [--dry-run] [--yes] [--skip STEP]... [--only STEP]... [--dir DIR] [--ssh-port N] [--uid UID] [--list]

Steps, in order:
  docker     Docker engine with user-namespace remapping, no-new-privileges, icc off, log rotation
  gvisor     gVisor's runsc registered as the Docker runtime "runsc"
  ufw        deny incoming; allow SSH (rate-limited with "limit") and the tailscale0 interface; nothing else
  fail2ban   the sshd jail and the openclaw-webhook jail on the gateway's security log
  tailscale  Tailscale from its signed apt repository
  upgrades   unattended-upgrades for security updates
  auditd     audit rules for Docker and openclaw's config and secrets folders
  apparmor   deploy/apparmor/openclaw-profile installed and loaded
  secrets    secrets folder, generated secrets, the owners and modes of docs/DEPLOYMENT.md
  grafana    the Grafana admin password generated into secrets/grafana_admin_password

--dir DIR       the openclaw checkout (default: this script's folder, $OPENCLAW_DIR)
--ssh-port N    SSH port to allow (default: the Port in sshd_config, else 22)
--uid UID       the gateway container's uid (default: the USER line of the Dockerfile, else 10001)
EOF
}

# ---------------------------------------------------------------------------------------------
# Facts about this machine

has_package() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

ensure_packages() {
    local missing=() package
    for package in "$@"; do has_package "$package" || missing+=("$package"); done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "  ok: installed: $*"
        return 1
    fi
    apply env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    return 0
}

apt_updated=0
apt_update_once() {
    [[ $apt_updated -eq 1 ]] && return 0
    apt_updated=1
    apply apt-get update -qq
}

restart_service() {
    if [[ -d /run/systemd/system ]]; then
        apply systemctl enable --now "$1"
        apply systemctl restart "$1"
    else
        apply service "$1" restart
    fi
}

ssh_port() {
    if [[ -n "$SSH_PORT" ]]; then echo "$SSH_PORT"; return; fi
    local port
    port="$(sshd -T 2>/dev/null | awk '$1 == "port" { print $2; exit }' || true)"
    [[ -z "$port" && -r /etc/ssh/sshd_config ]] && port="$(awk 'tolower($1) == "port" { print $2; exit }' /etc/ssh/sshd_config)"
    echo "${port:-22}"
}

# The uid the gateway runs as inside its container: the Dockerfile's USER line, or the default
# of the ARG it names (USER ${OPENCLAW_UID}:...).
container_uid() {
    if [[ -n "$CONTAINER_UID" ]]; then echo "$CONTAINER_UID"; return; fi
    local uid="" dockerfile="$OPENCLAW_DIR/Dockerfile"
    if [[ -r "$dockerfile" ]]; then
        uid="$(sed -n 's/^USER[[:space:]]\{1,\}\([0-9]\{1,\}\).*/\1/p' "$dockerfile" | tail -n 1)"
        [[ -n "$uid" ]] || uid="$(sed -n 's/^ARG[[:space:]]\{1,\}OPENCLAW_UID=\([0-9]\{1,\}\).*/\1/p' "$dockerfile" | tail -n 1)"
    fi
    echo "${uid:-10001}"
}

# The host uid a container uid appears as: with userns-remap, Docker maps container uid N to
# dockremap's subordinate range start + N, so files the container reads must belong to that uid.
host_uid_of() {
    local uid="$1" daemon_json start
    daemon_json="$(sysfile /etc/docker/daemon.json)"
    if [[ -r "$daemon_json" ]] && grep -q '"userns-remap"' "$daemon_json"; then
        start="$(awk -F: '$1 == "dockremap" { print $2; exit }' "$(sysfile /etc/subuid)" 2>/dev/null || true)"
        echo $((${start:-100000} + uid))
    else
        echo "$uid"
    fi
}

# Merges a JSON object into a JSON file, printing the result (keys sorted, 2-space indent).
merged_json() {
    python3 - "$1" "$2" <<'PY'
import json, sys
path, patch = sys.argv[1], json.loads(sys.argv[2])
try:
    with open(path) as handle:
        current = json.load(handle)
except FileNotFoundError:
    current = {}
def merge(into, extra):
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value
merge(current, patch)
print(json.dumps(current, indent=2, sort_keys=True))
PY
}

# The openclaw CLI: on PATH, built in the checkout, or from the image with the secrets mounted.
openclaw_cli() {
    if command -v openclaw >/dev/null 2>&1; then
        echo "openclaw"
    elif [[ -x "$OPENCLAW_DIR/.build/release/openclaw" ]]; then
        echo "$OPENCLAW_DIR/.build/release/openclaw"
    elif command -v docker >/dev/null 2>&1 && docker image inspect openclaw:secure >/dev/null 2>&1; then
        echo "docker run --rm -i --userns=host --network none --read-only --cap-drop ALL --user 0:0 -v $OPENCLAW_DIR/secrets:$OPENCLAW_DIR/secrets openclaw:secure"
    fi
}

# ---------------------------------------------------------------------------------------------
# Steps

step_docker() {
    step docker "Docker engine, user-namespace remapping"
    if ! command -v docker >/dev/null 2>&1 && ! has_package docker-ce; then
        apt_update_once
        ensure_packages docker.io docker-compose-v2 || true
    else
        say "  ok: Docker is installed"
    fi
    configure_docker_daemon
}

step_gvisor() {
    step gvisor "gVisor runsc as the Docker runtime \"runsc\""
    if command -v runsc >/dev/null 2>&1; then
        say "  ok: runsc is installed"
    elif apt-cache show runsc >/dev/null 2>&1; then
        apt_update_once
        ensure_packages runsc || true
    else
        # gVisor's own signed repository (https://gvisor.dev/docs/user_guide/install/).
        apply sh -c 'curl -fsSL https://gvisor.dev/archive.key | gpg --dearmor -o /usr/share/keyrings/gvisor-archive-keyring.gpg'
        printf 'deb [arch=%s signed-by=/usr/share/keyrings/gvisor-archive-keyring.gpg] https://storage.googleapis.com/gvisor/releases release main\n' \
            "$(dpkg --print-architecture)" | install_content /etc/apt/sources.list.d/gvisor.list 0644 || true
        apt_updated=0
        apt_update_once
        ensure_packages runsc || true
    fi
    configure_docker_daemon
}

# /etc/docker/daemon.json gets the keys of the docker and gvisor steps being run, merged into what
# is there; written (and Docker restarted) once, by whichever of the two runs first.
daemon_configured=0
configure_docker_daemon() {
    [[ $daemon_configured -eq 1 ]] && return 0
    daemon_configured=1
    local patch='{}'
    # userns-remap: root in a container is an unprivileged uid on the host (dockremap's range);
    # no-new-privileges and icc=false for every container; json-file logs rotated.
    wanted docker && patch='{"userns-remap": "default", "no-new-privileges": true, "icc": false, "live-restore": true,
        "log-driver": "json-file", "log-opts": {"max-size": "10m", "max-file": "5"}}'
    if wanted gvisor; then
        local runsc_path
        runsc_path="$(command -v runsc || echo /usr/bin/runsc)"
        patch="$(python3 -c 'import json, sys; p = json.loads(sys.argv[1]); p["runtimes"] = {"runsc": {"path": sys.argv[2]}}; print(json.dumps(p))' "$patch" "$runsc_path")"
    fi
    if merged_json "$(sysfile /etc/docker/daemon.json)" "$patch" | install_content /etc/docker/daemon.json 0644; then
        restart_service docker
    fi
}

step_ufw() {
    step ufw "firewall: deny incoming, allow SSH (limit) and tailscale0 only"
    ensure_packages ufw || true
    local port added defaults
    port="$(ssh_port)"
    defaults="$(cat "$(sysfile /etc/default/ufw)" 2>/dev/null || true)"
    if grep -q '^DEFAULT_INPUT_POLICY="DROP"' <<<"$defaults" && grep -q '^DEFAULT_OUTPUT_POLICY="ACCEPT"' <<<"$defaults"; then
        say "  ok: default deny incoming, allow outgoing"
    else
        apply ufw default deny incoming
        apply ufw default allow outgoing
    fi
    added="$(ufw show added 2>/dev/null || true)"
    # SSH first, so enabling the firewall cannot cut this session off.
    if grep -qxF "ufw limit $port/tcp comment 'ssh'" <<<"$added"; then
        say "  ok: SSH on $port/tcp allowed with limit"
    else
        apply ufw limit "$port/tcp" comment ssh
    fi
    if grep -qxF "ufw allow in on tailscale0 comment 'tailscale'" <<<"$added"; then
        say "  ok: tailscale0 allowed"
    else
        apply ufw allow in on tailscale0 comment tailscale
    fi
    local extra=()
    mapfile -t extra < <(grep '^ufw ' <<<"$added" | grep -vxF -e "ufw limit $port/tcp comment 'ssh'" -e "ufw allow in on tailscale0 comment 'tailscale'" || true)
    if [[ ${#extra[@]} -gt 0 ]]; then
        say "  warning: other rules are present (this script adds none; review them with 'ufw status numbered'):"
        printf '    %s\n' "${extra[@]}"
    fi
    if ufw status 2>/dev/null | grep -q '^Status: active'; then
        say "  ok: firewall active"
    else
        apply ufw --force enable
    fi
}

step_fail2ban() {
    step fail2ban "sshd jail and the openclaw-webhook jail"
    ensure_packages fail2ban || true
    local changed=0 auth_log="$OPENCLAW_DIR/logs/auth.log"
    install_content /etc/fail2ban/filter.d/openclaw-webhook.conf 0644 <"$OPENCLAW_DIR/deploy/fail2ban/filter.d/openclaw-webhook.conf" && changed=1
    sed "s#@OPENCLAW_AUTH_LOG@#$auth_log#" "$OPENCLAW_DIR/deploy/fail2ban/jail.d/openclaw.local" \
        | install_content /etc/fail2ban/jail.d/openclaw.local 0644 && changed=1
    # fail2ban refuses to start a jail whose log file is missing; the gateway appends to it.
    ensure_directory "$OPENCLAW_DIR/logs" 0750 "$(host_uid_of "$(container_uid)"):0"
    if [[ ! -e "$auth_log" ]]; then
        apply_local install -m 0600 -o "$(host_uid_of "$(container_uid)")" -g 0 /dev/null "$auth_log"
    fi
    if [[ $changed -eq 1 ]]; then
        apply fail2ban-client -t
        restart_service fail2ban
    fi
}

step_tailscale() {
    step tailscale "Tailscale VPN"
    if command -v tailscale >/dev/null 2>&1; then
        say "  ok: tailscale is installed"
    else
        local codename
        codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-noble}")"
        apply sh -c "curl -fsSL https://pkgs.tailscale.com/stable/ubuntu/$codename.noarmor.gpg -o /usr/share/keyrings/tailscale-archive-keyring.gpg"
        printf 'deb [signed-by=/usr/share/keyrings/tailscale-archive-keyring.gpg] https://pkgs.tailscale.com/stable/ubuntu %s main\n' "$codename" \
            | install_content /etc/apt/sources.list.d/tailscale.list 0644 || true
        apt_updated=0
        apt_update_once
        ensure_packages tailscale || true
        restart_service tailscaled
    fi
    if tailscale status >/dev/null 2>&1; then
        say "  ok: tailscale is connected"
    else
        later "connect this machine to your tailnet: sudo tailscale up   (then reach it over Tailscale, not the public IP)"
    fi
}

step_upgrades() {
    step upgrades "automatic security updates"
    ensure_packages unattended-upgrades || true
    install_content /etc/apt/apt.conf.d/20auto-upgrades 0644 <<'EOF' || true
APT::Periodic::Update-Package-Lists "1";
APT::Periodic::Unattended-Upgrade "1";
APT::Periodic::AutocleanInterval "7";
EOF
}

step_auditd() {
    step auditd "audit rules for Docker and openclaw's config and secrets"
    ensure_packages auditd || true
    if install_content /etc/audit/rules.d/openclaw.rules 0640 <<EOF; then
## openclaw (setup-ubuntu.sh): who touched Docker, its state, openclaw's config and secrets.
## Search: ausearch -k docker | ausearch -k openclaw-config | ausearch -k openclaw-secrets
-w /usr/bin/docker -k docker
-w /var/lib/docker -k docker
-w /etc/docker -k docker
-w /usr/bin/dockerd -k docker
-w /usr/bin/containerd -k docker
-w /usr/bin/runsc -k docker
-w $OPENCLAW_DIR/config -p wa -k openclaw-config
-w $OPENCLAW_DIR/secrets -p rwa -k openclaw-secrets
-w $OPENCLAW_DIR/docker-compose.yml -p wa -k openclaw-config
EOF
        apply augenrules --load
    fi
}

step_apparmor() {
    step apparmor "the openclaw AppArmor profile"
    local profile="$OPENCLAW_DIR/deploy/apparmor/openclaw-profile"
    if [[ ! -r "$profile" ]]; then
        say "  warning: $profile not found (it ships with the container files); skipped"
        return 0
    fi
    ensure_packages apparmor apparmor-utils || true
    local name
    name="$(sed -n 's/^profile[[:space:]]\{1,\}\([^[:space:]]\{1,\}\).*/\1/p' "$profile" | head -n 1)"
    if install_content /etc/apparmor.d/openclaw-profile 0644 <"$profile"; then
        apply apparmor_parser -r "$(sysfile /etc/apparmor.d/openclaw-profile)"
    elif ! grep -q "^${name:-openclaw} " /sys/kernel/security/apparmor/profiles 2>/dev/null; then
        apply apparmor_parser -r "$(sysfile /etc/apparmor.d/openclaw-profile)"
    else
        say "  ok: profile ${name:-openclaw} loaded"
    fi
}

# Generates every secret openclaw can generate that is missing, then gives the folder and its
# files to the container's uid (as the host sees it), 0700 and 0600.
step_secrets() {
    step secrets "secrets folder, generated secrets, ownership for the container"
    generate_secrets gateway_token telegram_webhook_secret storage_encryption_key backup_encryption_key
    if [[ ! -e "$OPENCLAW_DIR/secrets/telegram_bot_token" ]]; then
        later "add the issued secrets, input hidden: openclaw secrets init --dir $OPENCLAW_DIR/secrets   (bot token from @BotFather, provider API keys)"
    fi
    secure_secrets
}

step_grafana() {
    step grafana "Grafana admin password"
    generate_secrets grafana_admin_password
    secure_secrets
}

# The uid that reads a secret file inside its container (docs/DEPLOYMENT.md, "Secrets").
secret_reader_uid() {
    case "$1" in
        grafana_admin_password*) echo 472 ;;
        smtp_password*) echo 65534 ;;
        *) container_uid ;;
    esac
}

# docs/DEPLOYMENT.md's layout: the folder 0700 root:root (Docker resolves the bind mounts as
# root); each file 0400 owned by the uid (as the host sees it) of the container that reads it;
# gateway_token 0440, so Prometheus reads it through the gateway's group; the metadata 0600 root.
secure_secrets() {
    local secrets_dir="$OPENCLAW_DIR/secrets" file id owner mode before=$CHANGES
    [[ -d "$secrets_dir" || $DRY_RUN -eq 1 ]] || return 0
    ensure_directory "$secrets_dir" 0700 0:0
    for file in "$secrets_dir"/* "$secrets_dir"/.openclaw-secrets.json; do
        [[ -f "$file" ]] || continue
        id="$(basename "$file")"
        case "$id" in
            README.md | *.tmp-*) continue ;;
            .openclaw-secrets.json) owner=0 mode=600 ;;
            gateway_token | gateway_token.previous) owner="$(host_uid_of "$(container_uid)")" mode=440 ;;
            *) owner="$(host_uid_of "$(secret_reader_uid "$id")")" mode=400 ;;
        esac
        [[ "$(stat -c '%a %u:%g' "$file")" == "$mode $owner:$owner" ]] && continue
        apply_local chown "$owner:$owner" "$file"
        apply_local chmod "0$mode" "$file"
    done
    [[ $CHANGES -eq $before ]] && say "  ok: secret files are owned by the containers that read them, 0400 (gateway_token 0440)"
    return 0
}

# ---------------------------------------------------------------------------------------------

main() {
    parse_options "$@"
    require_root "$@"
    [[ -n "$ROOT" || "$(uname -s)" == Linux ]] || die "this is the Ubuntu script; on macOS use setup-macos.sh"
    run_steps "$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-Linux}")"
}

main "$@"
