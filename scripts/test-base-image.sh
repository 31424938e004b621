#!/bin/sh
# Builds the local stand-in for a slim public Node 24 image, for tests and benchmarks on machines that cannot
# reach Docker Hub: an image holding only the host's Node 24 binary (node_modules/.bin/node, the npm `node@24`
# package), the shared libraries `ldd` lists for it and for onnxruntime-node's native files (glibc, libstdc++,
# libgcc_s — what a slim/distroless Node image carries), /tmp and an /etc/passwd with a non-root user.
# No shell, no npm: the same bar the generated Dockerfile sets for a base image.
# Idempotent and fast when the image exists (tagged with a hash of the node binary). Prints the image name.
# Usage: scripts/test-base-image.sh [IMAGE]   (default mlci-test/node:24)
set -eu
IMAGE=${1:-mlci-test/node:24}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODE=$(readlink -f "$ROOT/node_modules/.bin/node")
[ -x "$NODE" ] || { echo "test-base-image: $ROOT/node_modules/.bin/node not found (run npm install)" >&2; exit 1; }
case "$("$NODE" --version)" in v24.*) ;; *) echo "test-base-image: $NODE is not Node 24" >&2; exit 1;; esac

STAMP=$( (cat "$NODE.sha256" 2>/dev/null || sha256sum "$NODE") | cut -c1-12)
if [ "$(docker image inspect --format '{{index .Config.Labels "mlci.test.node-hash"}}' "$IMAGE" 2>/dev/null)" = "$STAMP" ]; then
  echo "$IMAGE"; exit 0
fi

WORK=$(mktemp -d /tmp/mlci-base.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/usr/local/bin" "$WORK/tmp" "$WORK/etc"
chmod 1777 "$WORK/tmp"
# Debug info makes the binary ~120 MB; stripped it is what official images ship (~100 MB smaller).
if command -v strip >/dev/null 2>&1; then strip -o "$WORK/usr/local/bin/node" "$NODE"; else cp "$NODE" "$WORK/usr/local/bin/node"; fi

ORT=$(ls -d "$ROOT"/node_modules/onnxruntime-node/bin/napi-v*/linux/x64 2>/dev/null | head -n 1 || true)
for f in "$NODE" ${ORT:+"$ORT"/*}; do
  ldd "$f" 2>/dev/null | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^\//) print $i }'
done | grep -v onnxruntime | sort -u | while read -r lib; do
  mkdir -p "$WORK$(dirname "$lib")"
  cp -L "$lib" "$WORK$lib"
done
# The real path of the loader, in case /lib64 is a symlink on the host.
LOADER=/lib64/ld-linux-x86-64.so.2
[ -e "$WORK$LOADER" ] || { mkdir -p "$WORK/lib64"; cp -L "$LOADER" "$WORK$LOADER"; }
printf 'root:x:0:0:root:/root:/sbin/nologin\nnode:x:1000:1000:node:/home/node:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$WORK/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\nnonroot:x:65532:\n' > "$WORK/etc/group"

tar -C "$WORK" -c . | docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
  --change 'CMD ["node"]' \
  --change "LABEL mlci.test.node-hash=$STAMP" \
  - "$IMAGE" >/dev/null
echo "$IMAGE"
