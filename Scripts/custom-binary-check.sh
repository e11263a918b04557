#!/bin/sh
# Checks the two ways of adding Swift stages outside the stock list, as a user would (make custom-binary-check):
#  1. "bring your own binary": builds Samples/CustomBinary (a separate package depending on TextMine by path), runs
#     its `stages` command and a pipeline that uses its own stage;
#  2. the scaffold: `new-stage Topics` into a fresh package that depends on TextMine, then builds and runs the
#     generated test.
# Build products go to .build-custom (outside Samples/, whose *.txt are input articles). SwiftPM cannot share one
# scratch folder between two root packages, so TextMine is compiled twice (once per package).
set -eu
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
ROOT=$(pwd)
SCRATCH="$ROOT/.build-custom"
start=$(date +%s)

$SWIFT build --package-path Samples/CustomBinary --scratch-path "$SCRATCH"
BIN="$SCRATCH/debug/mytextmine"
"$BIN" stages hashtags | grep -q "^hashtags — " || { echo "custom-binary-check: 'mytextmine stages' does not list hashtags" >&2; exit 1; }
"$BIN" stages entities >/dev/null
line=$(echo '{"id":"t1","text":"Big win for #Zürich FC, says @coach"}' |
  "$BIN" run Samples/CustomBinary/hashtags.yaml --stdin-jsonl --stdout-jsonl --out "$SCRATCH/out" --quiet)
echo "$line" | grep -q '"hashtags":\[{"end":19,"kind":"hashtag","start":12,"tag":"zürich"}' ||
  { echo "custom-binary-check: unexpected output: $line" >&2; exit 1; }
# Its schema describes its own stage: hashtags.yaml validates against it, and a mistyped hashtags option does not.
"$BIN" schema > "$SCRATCH/mytextmine.schema.json"
Scripts/schema/validate.sh "$SCRATCH/mytextmine.schema.json" Samples/CustomBinary/hashtags.yaml >/dev/null ||
  { echo "custom-binary-check: hashtags.yaml does not validate against 'mytextmine schema'" >&2; exit 1; }
printf 'stages:\n  - tokenize\n  - hashtags: {handles: maybe}\n' > "$SCRATCH/bad-hashtags.yaml"
Scripts/schema/validate.sh "$SCRATCH/mytextmine.schema.json" "$SCRATCH/bad-hashtags.yaml" | grep -q "hashtags/handles: 'maybe' is not of type 'boolean'" ||
  { echo "custom-binary-check: 'mytextmine schema' does not type the hashtags options" >&2; exit 1; }
echo "custom-binary-check: Samples/CustomBinary builds; mytextmine lists and runs its own stage ($(( $(date +%s) - start )) s)"

# The scaffold, written by the custom binary (same commands as textmine) into a throwaway package.
PACKAGE="$SCRATCH/scaffold-package"
rm -rf "$PACKAGE"
mkdir -p "$PACKAGE"
"$BIN" new-stage Topics --root "$PACKAGE" >/dev/null
IDENTITY=$(basename "$ROOT" | tr 'A-Z' 'a-z')
cat > "$PACKAGE/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "ScaffoldCheck",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$ROOT")],
    targets: [
        .target(name: "TopicsStage", dependencies: [.product(name: "TextMineCore", package: "$IDENTITY")], path: "Plugins/Topics"),
        .testTarget(name: "TopicsStageTests", dependencies: ["TopicsStage", .product(name: "TextMineTesting", package: "$IDENTITY")]),
    ]
)
MANIFEST
$SWIFT build --build-tests --package-path "$PACKAGE" --scratch-path "$SCRATCH/scaffold-build"
$SWIFT test --skip-build --package-path "$PACKAGE" --scratch-path "$SCRATCH/scaffold-build"
echo "custom-binary-check: the new-stage scaffold compiles and its test passes ($(( $(date +%s) - start )) s in all)"
