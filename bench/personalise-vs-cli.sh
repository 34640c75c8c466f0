#!/bin/sh
# The whole personalisation on SoftHSM2 (EC P-256: initialise, user PIN, holder PIN, key
# generated on the token, CSR signed on the token, certificate from a throwaway CA, written
# back, verified with a signature made on the token), measured side by side in one run:
#   - Guichet in process (bench/PersonaliseBench.cpp: vault and audit included), and
#   - the same steps with pkcs11-tool (OpenSC) and the openssl command (libp11 engine).
# Each run gets a fresh SoftHSM2 token folder; the CA key is made outside the timing on both
# sides. The test PINs are on the CLI chain's command lines: that is how those tools take
# them, and exactly what Guichet never does.
#
# usage: bench/personalise-vs-cli.sh [BUILD_DIR] [RUNS]
# needs: softhsm2 opensc libengine-pkcs11-openssl openssl
set -eu
BUILD=${1:-build/dev}
RUNS=${2:-5}
MODULE=${GUICHET_BENCH_PKCS11_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
ENGINE=$(ls /usr/lib/*/engines-3/pkcs11.so 2>/dev/null | head -n 1)
[ -x "$BUILD/bench/guichet_personalise_bench" ] || { echo "build guichet_personalise_bench first" >&2; exit 2; }
[ -n "$ENGINE" ] || { echo "libengine-pkcs11-openssl is missing" >&2; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

cli_once() {
    D=$(mktemp -d)
    mkdir "$D/tokens"
    printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$D" > "$D/softhsm2.conf"
    cat > "$D/openssl.cnf" <<CNF
openssl_conf = openssl_init
[openssl_init]
engines = engine_section
[engine_section]
pkcs11 = pkcs11_section
[pkcs11_section]
engine_id = pkcs11
dynamic_path = $ENGINE
MODULE_PATH = $MODULE
init = 0
[req]
distinguished_name = dn
[dn]
CNF
    export SOFTHSM2_CONF="$D/softhsm2.conf"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$D/ca.key" \
        -out "$D/ca.pem" -subj /CN=Bench-CA -days 2 -config "$D/openssl.cnf" 2>/dev/null
    P="pkcs11-tool --module $MODULE"
    SO=Qx7kR2mNp4WvT9hL
    T=Zt8cV3nBq6YwE5uJ
    start=$(now_ms)
    {
        $P --slot-index 0 --init-token --label Bench --so-pin $SO
        $P --token-label Bench --login --login-type so --so-pin $SO --init-pin --pin $T
        $P --token-label Bench --login --pin $T --change-pin --new-pin 483920
        $P --token-label Bench --login --pin 483920 --keypairgen --key-type EC:prime256v1 --id 01 --label key
        $P --token-label Bench --login --pin 483920 --list-objects --type privkey
        OPENSSL_CONF="$D/openssl.cnf" openssl req -new -engine pkcs11 -keyform engine \
            -key "pkcs11:token=Bench;id=%01;type=private;pin-value=483920" \
            -subj "/C=FR/CN=Jean Dupont" -out "$D/req.pem"
        openssl req -in "$D/req.pem" -verify -noout
        openssl x509 -req -in "$D/req.pem" -CA "$D/ca.pem" -CAkey "$D/ca.key" -set_serial 7 \
            -days 2 -outform DER -out "$D/cert.der"
        $P --token-label Bench --login --pin 483920 --write-object "$D/cert.der" --type cert --id 01 --label cert
        openssl x509 -inform DER -in "$D/cert.der" -pubkey -noout > "$D/pub.pem"
        head -c 32 /dev/urandom > "$D/data"
        # SoftHSM2 offers raw CKM_ECDSA only (as Guichet uses it): hash first.
        openssl dgst -sha256 -binary -out "$D/hash" "$D/data"
        $P --token-label Bench --login --pin 483920 --sign --mechanism ECDSA --id 01 \
            -i "$D/hash" -o "$D/sig" --signature-format openssl
        openssl pkeyutl -verify -pubin -inkey "$D/pub.pem" -in "$D/hash" -sigfile "$D/sig"
    } > "$D/log" 2>&1 || { echo "CLI chain failed:" >&2; cat "$D/log" >&2; rm -rf "$D"; exit 1; }
    end=$(now_ms)
    rm -rf "$D"
    echo $((end - start))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "Guichet (in process):"
"$BUILD/bench/guichet_personalise_bench" "$RUNS" | tee "${TMPDIR:-/tmp}/guichet-personalise.$$"
ours=$(sed -n 's/^guichet median: \([0-9.]*\) ms$/\1/p' "${TMPDIR:-/tmp}/guichet-personalise.$$")
rm -f "${TMPDIR:-/tmp}/guichet-personalise.$$"

echo "pkcs11-tool + openssl chain:"
cli=""
i=1
while [ "$i" -le "$RUNS" ]; do
    t=$(cli_once)
    echo "run $i: $t ms"
    cli="$cli $t"
    i=$((i + 1))
done
theirs=$(for t in $cli; do echo "$t"; done | median)
echo "cli median: $theirs ms"
awk -v a="$ours" -v b="$theirs" 'BEGIN { r = a / b; printf "ratio guichet/cli: %.2f (target <= 0.50): %s\n", r, (r <= 0.5 ? "met" : "NOT met") }'
