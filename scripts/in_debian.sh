#!/usr/bin/env bash
# Runs a command of this checkout on another Debian release, on the same machine:
#
#   ./scripts/in_debian.sh 13 ./scripts/test.sh -k exceedance
#
# (./scripts/test.sh --debian 13 and ./scripts/demo.sh --debian 13 call it.)
# On a host of that release the command simply runs. Otherwise a minimal root of
# the release is built with debootstrap, the packages of scripts/apt-packages.txt
# are installed into it, and the command runs there in a chroot, with the checkout
# bind-mounted at the same path, /proc, /sys, /dev, /dev/pts and /dev/shm bound,
# a fresh /tmp of its own, and the environment CC_WARNING_VENV=.venv-debianN, CC_WARNING_OUTPUT=output/debianN
# so that its virtual environment and outputs do not clash with the host's.
#
# The root is cached outside the checkout, in $CC_WARNING_CACHE (default
# /var/cache/cc_warning_plugin/debianN), and built again when the package list
# changes. Mounts live in a private mount namespace (unshare) and are undone on
# exit, failure or Ctrl-C; a mount left under the cache by a killed run is
# removed by the next run. Needs root: run as root, or with sudo (as
# scripts/setup.sh); the command itself runs as the owner of the checkout.
#
# Environment: CC_WARNING_CACHE (cache folder), CC_WARNING_DEBIAN_MIRROR (default
# http://deb.debian.org/debian), CC_WARNING_DEBIAN_ROOT=1 (use the root even on a host
# of the same release). Variables CC_WARNING_*, PIP_* and *_proxy are passed into the
# root.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
self="$here/scripts/in_debian.sh"

# Packages the root needs besides scripts/apt-packages.txt (pip over https).
extra_packages=(ca-certificates)
# Bump when the way the root is built changes: roots of another recipe are built again.
recipe=1

die() { echo "in_debian: $*" >&2; exit 2; }

stage=main
case "${1:-}" in
  --stage-build|--stage-run) stage=${1#--stage-}; shift ;;
esac
[ $# -ge 1 ] || die "usage: scripts/in_debian.sh <release: 12|13> [command args...]"
release=$1
shift
case $release in
  12) suite=bookworm ;;
  13) suite=trixie ;;
  *) die "Debian release '$release' is not supported; use 12 (bookworm) or 13 (trixie)." ;;
esac
[ $# -ge 1 ] || set -- bash

host=$(. /etc/os-release && echo "${ID:-}:${VERSION_ID:-}")
# On a host of the same release the command runs here, unless CC_WARNING_DEBIAN_ROOT=1
# asks for the minimal root all the same (to try the README's commands on a bare system).
if [ "$stage" = main ] && [ "${host%%.*}" = "debian:$release" ] && \
    [ "${CC_WARNING_DEBIAN_ROOT:-0}" != 1 ]; then
  cd "$here"
  exec "$@"
fi

pass_env=()
while IFS='=' read -r name _; do
  case $name in
    CC_WARNING_*|PIP_*|http_proxy|https_proxy|no_proxy|HTTP_PROXY|HTTPS_PROXY|NO_PROXY)
      pass_env+=("$name=${!name}") ;;
  esac
done < <(env)

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "needs root (mount, chroot) and sudo is not installed."
  exec sudo -- env "${pass_env[@]}" "$self" "$release" "$@"
fi

cache="${CC_WARNING_CACHE:-/var/cache/cc_warning_plugin}"
root="$cache/debian$release"
lock="$cache/debian$release.lock"
mirror="${CC_WARNING_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
case $root in /|/*/..*|*/../*) die "unsafe cache folder '$cache'." ;; esac

mapfile -t packages < <(grep -vE '^\s*(#|$)' "$here/scripts/apt-packages.txt" | sed 's/[[:space:]]//g')
packages+=("${extra_packages[@]}")
want_stamp=$(printf '%s\n' "recipe $recipe" "$suite" "$mirror" "${packages[@]}" | sort | sha256sum | cut -d' ' -f1)
stamp_file=".cc_warning_plugin-root"

mounts_under() {   # mount points at or below $1 in this namespace, deepest first
  local dir=$1
  awk -v d="$dir" '{ p = $5; gsub(/\\040/, " ", p); if (p == d || index(p, d "/") == 1) print p }' \
    /proc/self/mountinfo | sort -r
}

unmount_under() {   # unmounts everything at or below $1 (lazily if busy)
  local p
  while IFS= read -r p; do
    [ -n "$p" ] || continue
    umount "$p" 2>/dev/null || umount -l "$p" 2>/dev/null || echo "in_debian: could not unmount $p" >&2
  done < <(mounts_under "$1")
}

remove_tree() {   # rm -rf, refused while anything is mounted inside
  local dir=$1
  [ -e "$dir" ] || return 0
  unmount_under "$dir"
  if [ -n "$(mounts_under "$dir")" ]; then
    die "$dir still has mounts inside; not removing it. Unmount them (see 'findmnt -R $dir') and run again."
  fi
  rm -rf --one-file-system "$dir"
}

bind_system() {   # bind_system <root>: /proc /sys /dev /dev/pts /dev/shm
  local r=$1
  mount -t proc proc "$r/proc"
  mount --bind /sys "$r/sys"
  mount --bind /dev "$r/dev"
  mkdir -p "$r/dev/pts" "$r/dev/shm"
  mount --bind /dev/pts "$r/dev/pts"
  mount --bind /dev/shm "$r/dev/shm"
}

in_namespace() {   # runs this script's stage in a private mount namespace when the kernel allows it
  if unshare --mount --propagation private true 2>/dev/null; then
    unshare --mount --propagation private -- "$self" "$@"
  else
    "$self" "$@"
  fi
}

if [ "$stage" = main ]; then
  if ! command -v debootstrap >/dev/null; then
    echo "in_debian: installing debootstrap"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      debootstrap debian-archive-keyring >/dev/null
  fi
  mkdir -p "$cache"
  exec 9>>"$lock"
  # No other run holds the lock: whatever is mounted under the cache was left by a killed run.
  if flock -x -n 9; then
    unmount_under "$root"
    for old in "$root".new "$root".old; do remove_tree "$old"; done
  fi
  if [ "$(cat "$root/$stamp_file" 2>/dev/null)" != "$want_stamp" ]; then
    flock -x 9
    if [ "$(cat "$root/$stamp_file" 2>/dev/null)" != "$want_stamp" ]; then
      in_namespace --stage-build "$release"
    fi
  fi
  flock -s 9   # shared: other runs may use the root at the same time, nobody rebuilds it
  [ "$(cat "$root/$stamp_file" 2>/dev/null)" = "$want_stamp" ] || die "the Debian $release root in $root is not ready."
  status=0
  in_namespace --stage-run "$release" "$@" || status=$?
  exit $status
fi

if [ "$stage" = build ]; then
  new="$root.new"
  remove_tree "$new"
  cleanup_build() { unmount_under "$new"; }
  trap cleanup_build EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  start=$SECONDS
  echo "in_debian: building a Debian $release ($suite) root in $root (debootstrap, then ${#packages[@]} packages)"
  keyring=()
  [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] && \
    keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
  debootstrap --variant=minbase "${keyring[@]}" "$suite" "$new" "$mirror" >"$cache/debootstrap-$release.log" 2>&1 || {
    tail -n 20 "$cache/debootstrap-$release.log" >&2
    die "debootstrap $suite failed (log: $cache/debootstrap-$release.log)."
  }
  security="${mirror%/debian}/debian-security"
  [ "$security" != "$mirror/debian-security" ] || security=http://deb.debian.org/debian-security
  rm -f "$new/etc/apt/sources.list"
  cat >"$new/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # No service starts inside the root.
  printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"
  chmod 755 "$new/usr/sbin/policy-rc.d"
  cp -L /etc/resolv.conf "$new/etc/resolv.conf"
  bind_system "$new"
  chroot "$new" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    LANG=C.UTF-8 "${pass_env[@]}" sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >/dev/null && apt-get clean' \
    apt "${packages[@]}"
  unmount_under "$new"
  echo "$want_stamp" >"$new/$stamp_file"
  remove_tree "$root.old"
  [ -e "$root" ] && mv "$root" "$root.old"
  mv "$new" "$root"
  remove_tree "$root.old"
  echo "in_debian: Debian $release root ready in $((SECONDS - start)) s"
  exit 0
fi

# stage run: the command inside the root, as the owner of the checkout, with a /tmp
# of its own (removed afterwards, so that nothing piles up in the cached root)
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc_warning_plugin-debian$release.XXXXXX")
chmod 1777 "$run_tmp"
cleanup_run() {
  unmount_under "$root"
  if [ -z "$(mounts_under "$run_tmp")" ]; then rm -rf --one-file-system "$run_tmp"; fi
}
trap cleanup_run EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
unmount_under "$root"          # copies of stale mounts in this namespace
bind_system "$root"
# /tmp first: a checkout under /tmp is then bound inside it, not hidden by it
mount --bind "$run_tmp" "$root/tmp"
mkdir -p "$root$here"
mount --bind "$here" "$root$here"
# The host's name resolution and trusted certificates (a local proxy's CA, say) serve pip inside.
for f in /etc/resolv.conf /etc/ssl/certs/ca-certificates.crt; do
  if [ -f "$f" ] && [ -f "$root$f" ]; then mount --bind -o ro "$f" "$root$f"; fi
done

owner=$(stat -c '%u:%g' "$here")
home=/root
if [ "${owner%%:*}" != 0 ]; then
  home="/tmp/cc_warning_plugin-home-${owner%%:*}"
  install -d -o "${owner%%:*}" -g "${owner##*:}" "$root$home"
fi
install -d -o "${owner%%:*}" -g "${owner##*:}" "$here/output" "$here/output/debian$release"
# CC_WARNING_DEBIAN_ROOT is for this script on the host, not for the command inside
root_env=()
for kv in "${pass_env[@]}"; do
  [ "${kv%%=*}" = CC_WARNING_DEBIAN_ROOT ] || root_env+=("$kv")
done
echo "in_debian: running in Debian $release ($suite): $*"
chroot --userspec="$owner" "$root" /usr/bin/env -i \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME="$home" USER="$(id -nu "${owner%%:*}" 2>/dev/null || echo root)" LANG=C.UTF-8 TERM="${TERM:-dumb}" \
  "${root_env[@]}" \
  CC_WARNING_VENV=".venv-debian$release" CC_WARNING_OUTPUT="$here/output/debian$release" \
  /bin/bash -c 'cd "$1" && shift && exec "$@"' in_debian "$here" "$@"
