#!/usr/bin/env bash
# dist/Homeward.app (homeward.spec on macOS) into dist/homeward-VERSION-ARCH.dmg. With a Developer ID in the
# repository's secrets (MACOS_CERTIFICATE_P12, MACOS_CERTIFICATE_PASSWORD, MACOS_CODESIGN_IDENTITY) the app is
# signed with the hardened runtime; with the notary's (MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID,
# MACOS_NOTARY_PASSWORD) the image is notarised and stapled. Without them each step says so and is skipped: the
# image is then unsigned (Gatekeeper asks the user to confirm the first start).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
APP=dist/Homeward.app
DMG="dist/homeward-$VERSION-${ARCH:-macos}.dmg"
[ -d "$APP" ] || { echo "no $APP: build homeward.spec first" >&2; exit 1; }

if [ -n "${CERTIFICATE_P12:-}" ] && [ -n "${CODESIGN_IDENTITY:-}" ]; then
    keychain="$RUNNER_TEMP/signing.keychain-db"
    keychain_password="$(uuidgen)"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    echo "$CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
    security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" -P "${CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain"
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    signed=1
else
    echo "::notice::codesign skipped: MACOS_CERTIFICATE_P12 or MACOS_CODESIGN_IDENTITY is not set in the repository's secrets; the app is unsigned"
    signed=0
fi

hdiutil create -volname "Homeward $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"

if [ "$signed" = 1 ] && [ -n "${NOTARY_APPLE_ID:-}" ] && [ -n "${NOTARY_TEAM_ID:-}" ] && [ -n "${NOTARY_PASSWORD:-}" ]; then
    codesign --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    xcrun notarytool submit "$DMG" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
        --password "$NOTARY_PASSWORD" --wait
    xcrun stapler staple "$DMG"
else
    echo "::notice::notarisation skipped: the app is unsigned or MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID or MACOS_NOTARY_PASSWORD is not set in the repository's secrets"
fi
ls -l "$DMG"
